# numpy's constructors need the GIL
import numpy as np
cdef double[:] v
with nogil:
    v = np.zeros(3)
