cdef Py_ssize_t n = 256
cdef double[:, ::1] m = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
cdef double[::1] out = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
cdef Py_ssize_t i, j, r
for i in range(n):
    for j in range(n):
        m[i, j] = i - j * 0.5
for r in range(10):
    colsum_t(m, out)
print(out[0], out[n - 1])
