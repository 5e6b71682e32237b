# A cdef/cpdef function written without a return type returns a Python object.
cdef half(long n):
    return n / 2

cdef fill(double[:] out, double v):
    cdef Py_ssize_t i
    for i in range(out.shape[0]):
        out[i] = v

cpdef scale(double x, double k):
    return x * k

cdef big(long n):
    return n * 1000000000000

cdef pick(int flag):
    if flag:
        return 1
    return 2.5

cpdef nothing():
    pass

cdef double arr[3]
cdef double[:] v = arr
fill(v, 1.5)
print(v[0], v[2])
print(half(7), half(8))
print(scale(2.0, 3.0))
print(big(10000000))
print(pick(1), pick(0))
cdef double d = pick(0)
print(d)
nothing()
x = half(5)
print(x)
