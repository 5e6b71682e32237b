# numpy 2 has no int_t (Cython: 'int_t' is not a type identifier)
cimport numpy as np
cdef np.int_t x = 1
