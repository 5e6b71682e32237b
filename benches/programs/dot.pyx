cdef Py_ssize_t n = 200000
cdef double[::1] a = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
cdef double[::1] b = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
cdef Py_ssize_t i, r
for i in range(n):
    a[i] = i * 0.5
    b[i] = 1.0 / (i + 1)
cdef double acc = 0
for r in range(10):
    acc += dot(a, b)
print(acc)
