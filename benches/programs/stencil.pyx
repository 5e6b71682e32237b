cdef Py_ssize_t n = 256
cdef double[:, ::1] src = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
cdef double[:, ::1] dst = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
cdef Py_ssize_t i, j, r
for i in range(n):
    for j in range(n):
        src[i, j] = (i * 7 + j * 3) % 11
        dst[i, j] = 0
for r in range(10):
    stencil(src, dst)
print(dst[1, 1], dst[n - 2, n - 2])
