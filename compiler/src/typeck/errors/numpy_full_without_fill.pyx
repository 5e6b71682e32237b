# np.full needs its fill value
import numpy as np
cdef double[:] v = np.full(3)
