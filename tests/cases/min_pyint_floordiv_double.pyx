# Python int // double uses Python's float floor division in Cython (1 // 0.1 == 9.0).
py = 1
cdef double t = 0.1
cdef double a = 1.0
print(py // t, a // t)
