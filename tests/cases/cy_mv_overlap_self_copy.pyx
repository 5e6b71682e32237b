# Copies between overlapping views of one array: a view assigned its own
# reverse, a prefix assigned a later window, and 2-D views assigned their
# double reverse and a shifted block. Inspired by Cython's
# tests/memoryview/memoryviewattrs.pyx (test_overlapping_copy,
# test_partly_overlapping) and memslice.pyx (test_slice_assignment).
cdef int arr[10]
cdef int i, j
for i in range(10):
    arr[i] = i
cdef int[:] s = arr
s[...] = s[::-1]
print(arr[0], arr[1], arr[8], arr[9])
for i in range(10):
    arr[i] = i
cdef int[:] s2 = s[:5]
s2[...] = s[4:9]
print(arr[0], arr[1], arr[2], arr[3], arr[4], arr[5], arr[9])
cdef int c2[10][100]
for i in range(10):
    for j in range(100):
        c2[i][j] = i * 100 + j
cdef int[:, :] m = c2
cdef int[:, :] cp = m[-6:-1, 60:65].copy()
m[...] = m[::-1, ::-1]
print(m[0, 0], m[9, 99], m[3, 40])
m[:, :] = m[::-1, ::-1]
print(m[0, 0], m[9, 99], m[3, 40])
m[-5:, -5:] = m[-6:-1, 60:65]
cdef int bad = 0
for i in range(5):
    for j in range(5):
        if cp[i, j] != m[-5 + i, -5 + j]:
            bad += 1
print(bad, m[5, 95], m[9, 99], cp[0, 0], cp[4, 4])
