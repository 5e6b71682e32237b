# dtypes held in names: module-level names, a local chosen on a fused type,
# np.dtype(...), strings, builtins; results handed back with np.asarray.
import numpy as np
cimport numpy as cnp
from cython cimport floating

DTYPE = np.float64
ITYPE = np.intp
ctypedef cnp.float64_t DTYPE_t
ctypedef cnp.intp_t ITYPE_t

cdef DTYPE_t NaN = <DTYPE_t>np.nan

def scaled(floating[::1] x, floating k):
    dtype = np.float32 if floating is float else np.float64
    cdef floating[::1] out = np.empty(x.shape[0], dtype=dtype)
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        out[i] = x[i] * k
    return np.asarray(out)

def counts(Py_ssize_t n):
    cdef ITYPE_t[::1] c = np.zeros(n, dtype=ITYPE)
    cdef Py_ssize_t i
    for i in range(n):
        c[i] = i * i
    return np.asarray(c[1:])

cdef DTYPE_t[::1] x = np.arange(4, dtype=DTYPE)
cdef float[::1] x32 = np.arange(4, dtype=np.dtype('f4'))
cdef double[::1] y = scaled(x, 0.5)
cdef float[::1] y32 = scaled(x32, <float>0.25)
cdef ITYPE_t[::1] c = counts(5)
cdef double[::1] w = np.zeros(3, dtype=float)
cdef long[::1] v = np.ones(3, dtype=int)
cdef double[::1] q = np.full(2, NaN, dtype=np.dtype(np.float64))
print(y[3], y32[3], c.shape[0], c[3], w[2], v[0], q[1], NaN)
