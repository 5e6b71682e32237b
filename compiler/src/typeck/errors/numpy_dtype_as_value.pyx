# a numpy dtype object used as a value
import numpy as np
print(np.float64)
