# Filling stepped slices with a scalar: a negative-step 1-D slice that stops
# before index 0, and the four corners of a 5x10 C-contiguous view with
# steps of 2 in both directions; then a fill of the whole view.
# Inspired by Cython's tests/memoryview/memslice.pyx
# (test_scalar_slice_assignment).
cdef int a[10]
cdef int[:] m = a
cdef int i, j
for i in range(10):
    m[i] = i
m[-2:0:-2] = 6
for i in range(10):
    print(m[i], end=" ")
print()
cdef int a2[5][10]
cdef int[:, ::1] m2 = a2
for i in range(5):
    for j in range(10):
        m2[i, j] = i * 10 + j
cdef long value = 1
m2[::2, ::-1] = value
m2[-2::-2, ::-1] = 2
m2[::2, -2::-2] = 0
m2[-2::-2, -2::-2] = 0
for i in range(5):
    for j in range(10):
        print(m2[i, j], end="")
    print()
cdef int[:, :] s = m2[..., 1::2]
print(s.shape[0], s.shape[1], s[0, 0], s[1, 4], s[4, 2])
m2[...] = 3
print(a2[0][0], a2[4][9], a2[2][5])
