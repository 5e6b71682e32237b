# a keyword np.zeros does not take (in cytrus)
import numpy as np
cdef double[:] w = np.ones(3)
cdef double[:] v = np.zeros(3, like=w)
