# np.zeros_like of something that is not a view
import numpy as np
cdef double x = 1.0
cdef double[:] v = np.zeros_like(&x)
