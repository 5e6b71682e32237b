cdef Py_ssize_t n = 256
cdef double[:, ::1] m = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
cdef double[::1] out = cvarray(shape=(n // 2,), itemsize=sizeof(double), format="d")
cdef Py_ssize_t i, j, r
for i in range(n):
    for j in range(n):
        m[i, j] = i - j * 0.5
for r in range(20):
    colsum_step(m, out)
print(out[0], out[n // 2 - 1])
