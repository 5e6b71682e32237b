cdef Py_ssize_t n = 200000
cdef double[::1] x = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
cdef double[::1] y = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
cdef Py_ssize_t i, r
for i in range(n):
    x[i] = i * 0.5
    y[i] = 1.0
for r in range(10):
    saxpy(0.5, x, y)
print(y[0], y[n - 1])
