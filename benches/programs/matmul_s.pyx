cdef Py_ssize_t n = 96
cdef double[:, :] a = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
cdef double[:, :] b = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
cdef double[:, :] c = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
cdef Py_ssize_t i, j
for i in range(n):
    for j in range(n):
        a[i, j] = i + j * 0.5
        b[i, j] = i * 0.25 - j
matmul_s(a, b, c)
print(c[0, 0], c[n - 1, n - 1])
