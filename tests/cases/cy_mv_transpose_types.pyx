# .T on a C-contiguous view gives a Fortran-contiguous one (assignable to
# double[::1, :]); .T.T inside nogil restores shape and strides; .T of a
# sliced row block and of a 3-D view. Inspired by Cython's
# tests/memoryview/numpy_memoryview.pyx (test_transpose,
# test_transpose_type, test_refcount_GH507).
from cython.view cimport array as cvarray

cdef double[:, ::1] m = cvarray(shape=(5, 10), itemsize=sizeof(double), format="d")
m[...] = 0
m[4, 6] = 9
cdef double[::1, :] mt = m.T
print(mt[6, 4], mt.shape[0], mt.shape[1], mt.strides[0], mt.strides[1], mt.is_f_contig())
cdef int[:, :] a = cvarray(shape=(4, 3), itemsize=sizeof(int), format="i")
cdef int i, j
for i in range(4):
    for j in range(3):
        a[i, j] = i * 3 + j
cdef int[:, :] c
with nogil:
    c = a.T.T
print(a.T.shape[0], a.T.shape[1], c.shape[0], c.strides[0], c.strides[1], a[3, 2], a.T[2, 3], c[3, 2])
cdef int[:, :] b = a[1:2, :].T
print(b.shape[0], b.shape[1], b.strides[0], b.strides[1], b[2, 0], b[0, 0])
cdef int[:, :, :] t3 = cvarray(shape=(2, 3, 4), itemsize=sizeof(int), format="i")
t3[1, 2, 3] = 77
cdef int[:, :, :] r3 = t3.T
print(r3.shape[0], r3.shape[1], r3.shape[2], r3.strides[0], r3.strides[2], r3[3, 2, 1])
