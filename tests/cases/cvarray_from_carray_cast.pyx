# A cython.view.array variable assigned a C array cast (<int[:, :]>g, and
# <int[::1, :]>g in Fortran order): an array object over the C array.
from cython.view cimport array as cvarray
cdef int g[3][4]
def main():
    cdef int i, j
    for i in range(3):
        for j in range(4):
            g[i][j] = i * 4 + j
    cdef cvarray a = <int[:, :]> g
    print(a.len, a.ndim, a.mode, a.shape[0], a.shape[1], a.strides[0])
    cdef int[:, :] v = a
    v[2, 3] = -7
    print(g[2][3], v[1, 2])
    a = <int[::1, :]> g
    print(a.mode, a.strides[0], a.strides[1])
main()
