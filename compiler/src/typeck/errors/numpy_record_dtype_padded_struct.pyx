# numpy's packed record dtype held by a view of a struct with padding
import numpy as np
cdef struct Bin:
    unsigned int count
    double total
cdef Bin[::1] bins = np.zeros(3, dtype=np.dtype([('count', np.uint32), ('total', np.float64)]))
