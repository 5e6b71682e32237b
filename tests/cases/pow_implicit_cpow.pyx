# a ** b of two C integers with a signed run-time exponent is a double in
# Cython, but assigned, passed or returned straight to a C integer it is
# computed as a C integer power (implicit cpow): in the operands' widest
# type (wrapping), 0 for a negative exponent.
cdef long take_long(long x):
    return x

cdef int ret_int(int a, int b):
    return a ** b

cdef long long ret_ll(long long a, int b):
    return a ** b

def show(int a, int b):
    cdef int r = a ** b
    cdef long big = a ** b
    cdef short s = 3
    cdef short t = s ** b
    cdef unsigned int u = 3
    cdef unsigned int w = u ** b
    cdef long long q = a
    cdef long long p = q ** b
    cdef double d = a ** b
    r += 0
    print(r, big, t, w, p, take_long(a ** b), ret_int(a, b), ret_ll(a, b), d)

show(2, 2)
show(2, 10)
show(-3, 3)
show(7, 0)
show(3, 40)
show(2, -1)
show(1, -3)
show(-1, -3)
show(-2, 63)
