# Copying a (1, 10) view into a 1-D view of 10 (dropping the leading axis
# of extent 1) and a reversed 1-D view back into the (1, 10) view.
# Inspired by Cython's tests/memoryview/memslice.pyx
# (test_slice_assignment_broadcast_leading).
cdef int array1[1][10]
cdef int array2[10]
cdef int i
for i in range(10):
    array1[0][i] = i
    array2[i] = -1
cdef int[:, :] a = array1
cdef int[:] b = array2
b[:] = a[:, :]
print(b[0], b[9], array2[5])
b = b[::-1]
a[:, :] = b[:]
for i in range(10):
    print(a[0, i], b[i], end=" | ")
print()
