# A reversed 1-D slice copied into every row of a 2-D view and of its
# Fortran-ordered copy; then an overlapping copy from a row of the same
# view into a column block of all rows. Inspired by Cython's
# tests/memoryview/memslice.pyx (test_slice_assignment_broadcast_strides).
cdef int src_array[10]
cdef int dst_array[10][5]
cdef int i, j
for i in range(10):
    src_array[i] = 10 - 1 - i
    for j in range(5):
        dst_array[i][j] = 100 + i
cdef int[:] src = src_array
cdef int[:, :] dst = dst_array
cdef int[:, :] dst_f = dst.copy_fortran()
dst[1:] = src[-1:-6:-1]
dst_f[1:] = src[-1:-6:-1]
print(dst[0, 0], dst[1, 0], dst[1, 4], dst[9, 2], dst_f[0, 4], dst_f[5, 3])
dst[:, 1:4] = dst[1, :3]
dst_f[:, 1:4] = dst[1, 1:4]
for i in range(3):
    for j in range(5):
        print(dst[i, j], dst_f[i, j], end="  ")
    print()
print(dst[9, 1], dst[9, 3], dst_f[9, 1], dst_f[9, 3], dst_f.is_f_contig())
