# a numpy array function outside the subset
import numpy as np
cdef double[:] v = np.ones(3)
cdef double m = np.max(v)
