# Subtracting pointers into one array gives an element count
# (ptrdiff_t), usable in arithmetic and to step a pointer.
# Inspired by Cython's tests/run/ptrdiff_t.pyx (test_types).
cdef int arr[10]
cdef int k
for k in range(10):
    arr[k] = k * k
cdef int *p = &arr[2]
cdef int *q = &arr[7]
print(q - p, p - q, (q - p) + 1, (q - p) * 2)
print((p + (q - p))[0], (q - 3)[0], p[q - p - 1])
cdef double d[4]
cdef double *e = &d[3]
cdef double *s = &d[0]
print(e - s, s - e, &d[1] - s)
