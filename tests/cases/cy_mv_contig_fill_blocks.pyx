# Scalar fills of whole views and of column and row blocks of a
# C-contiguous 5x10 view: the cells outside each block keep their values.
# Inspired by Cython's tests/memoryview/memslice.pyx and memoryview.pyx
# (test_contig_scalar_to_slice_assignment).
cdef int a[5][10]
cdef int[:, ::1] m = a
m[...] = 14
print(m[0, 0], m[-1, -1], m[3, 2], m[4, 9])
m[:, :1] = 30
print(m[0, 0], m[0, 1], m[1, 0], m[1, 1])
m[:, :] = 20
print(m[0, 0], m[-1, -1], m[3, 2], m[4, 9])
m[:1, :] = 30
print(m[0, 0], m[0, 1], m[1, 0], m[1, 1])
m[1:3, 8:] = 7
print(m[1, 7], m[1, 8], m[2, 9], m[3, 8], m[0, 9])
cdef long total = 0
cdef int i, j
for i in range(5):
    for j in range(10):
        total += a[i][j]
print(total)
