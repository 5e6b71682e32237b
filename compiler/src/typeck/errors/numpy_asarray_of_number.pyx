# np.asarray of a C number
import numpy as np
def f(double x):
    return np.asarray(x)
