# dtype= given something that is not a dtype
import numpy as np
cdef int n = 4
cdef double[:] v = np.zeros(3, dtype=n)
