# A nogil cdef function with boundscheck off slices a view ([::-1, 3:10:2])
# and negates the slice in place; the caller sees the changes, also when
# called inside with nogil. A view re-sliced inside nogil.
# Inspired by Cython's tests/memoryview/memslice.pyx (cdef_nogil, test_nogil,
# test_convert_slicenode_to_indexnode).
cimport cython
from cython.view cimport array as cvarray

@cython.boundscheck(False)
cdef int negate_part(int[:, :] a) except 0 nogil:
    cdef int i, j
    cdef int[:, :] b = a[::-1, 3:10:2]
    for i in range(b.shape[0]):
        for j in range(b.shape[1]):
            b[i, j] = -b[i, j]
    return len(a)

cdef int[:, ::1] a = cvarray(shape=(4, 9), itemsize=sizeof(int), format="i")
cdef int i, j
for i in range(4):
    for j in range(9):
        a[i, j] = i * 9 + j
print(negate_part(a), a[2, 7], a[2, 6], a[0, 3], a[3, 8])
cdef int length
with nogil:
    length = negate_part(a)
print(length, a[2, 7], a[0, 3])
cdef int[:] r = a[1]
with nogil:
    r = r[2:4]
print(r[0], r.shape[0])
