# numpy's C types need a cimport, not an import
import numpy as np
cdef np.float64_t x = 1
