# np.zeros takes only order 'C' or 'F'
import numpy as np
cdef double[:, :] v = np.zeros((2, 3), order='K')
