# C-order and Fortran-order cython.view.arrays filled by element: the
# same logical elements, different memory order. Inspired by Cython's
# tests/memoryview/cythonarray.pyx (test_cython_array_getbuffer) and
# tests/testsupport/cythonarrayutil.pxi (create_array).
from cython.view cimport array as cvarray

cdef int[:, ::1] cslice = cvarray(shape=(14, 10), itemsize=sizeof(int), format="i", mode="c")
cdef int[::1, :] fslice = cvarray(shape=(14, 10), itemsize=sizeof(int), format="i", mode="fortran")
cdef int i, j
for i in range(14):
    for j in range(10):
        cslice[i, j] = i * 10 + j
        fslice[i, j] = i * 10 + j
print(cslice[9, 8], cslice[6, 1], fslice[9, 8], fslice[6, 1])
cdef int *pc = &cslice[0, 0]
cdef int *pf = &fslice[0, 0]
print(pc[1], pf[1], pc[14], pf[14], pc[139], pf[139])
print(cslice.strides[0], cslice.strides[1], fslice.strides[0], fslice.strides[1])
