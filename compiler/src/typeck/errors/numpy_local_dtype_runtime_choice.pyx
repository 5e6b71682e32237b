# a dtype chosen at run time
import numpy as np
def f(bint single):
    dtype = np.float32 if single else np.float64
    cdef double[:] v = np.zeros(3, dtype=dtype)
