# A def function that hands back arrays of different dtypes on different
# paths (np.asarray of a float32 or a float64 view): the caller takes the
# result as a typed view, checked when it is taken, as Cython does.
import numpy as np

def scaled(double[::1] x, bint single, int ndim2=0):
    cdef float[::1] out32
    cdef double[::1] out64
    cdef double[:, ::1] grid
    cdef Py_ssize_t i
    if ndim2:
        grid = np.zeros((2, x.shape[0]))
        grid[1, :] = x
        return np.asarray(grid)
    if single:
        out32 = np.empty(x.shape[0], dtype=np.float32)
        for i in range(x.shape[0]):
            out32[i] = <float>(x[i] / 3)
        return np.asarray(out32)
    out64 = np.empty(x.shape[0])
    for i in range(x.shape[0]):
        out64[i] = x[i] / 3
    return np.asarray(out64)

cdef double[::1] x = np.arange(1.0, 5.0)
cdef float[::1] f = scaled(x, True)
cdef double[::1] d = scaled(x, False)
cdef double[:, ::1] g = scaled(x, False, 1)
print(f[0], f[3], d[0], d[3], g[1, 2], g.shape[0])
try:
    d = scaled(x, True)
except ValueError as e:
    print("ValueError", e)
try:
    f = scaled(x, False)
except ValueError as e:
    print("ValueError", e)
try:
    d = scaled(x, False, 1)
except ValueError as e:
    print("ValueError", e)
