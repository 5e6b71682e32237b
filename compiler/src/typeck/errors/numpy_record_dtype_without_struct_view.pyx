# a record dtype held by a view of doubles
import numpy as np
cdef double[::1] v = np.zeros(3, dtype=np.dtype([('a', np.float64)]))
