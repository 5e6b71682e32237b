# Fused types and inline helpers shared through .pxd files that hold
# `import numpy as np` and complex fused members, as scikit-image's do.
import numpy as np
cimport numpy as cnp
from shared.numerics cimport any_numeric, real_numeric, reals
from shared.helpers cimport clip

cdef double total(real_numeric[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s

def count(any_numeric[:] v):
    return v.shape[0]

a = np.arange(5, dtype=np.float32)
cdef cnp.float32_t[:] fa = a
cdef cnp.int64_t[:] ia = np.arange(4, dtype=np.int64)
print(total(fa), total(ia))
print(count(ia))
print(clip(7.5, 0.0, 3.0), clip(<float>-1.0, <float>0.0, <float>3.0))
