# a numpy dtype cytrus has no C type for
import numpy as np
cdef double[:] v = np.zeros(3, dtype=np.float16)
