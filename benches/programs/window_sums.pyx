cdef Py_ssize_t n = 100000
cdef double[::1] a = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
cdef Py_ssize_t i, r
for i in range(n):
    a[i] = i * 0.5
cdef double acc = 0
for r in range(10):
    acc += window_sums(a)
print(acc)
