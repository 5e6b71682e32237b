# A trailing comma after the last declarator of a `cdef` line is allowed,
# at module level and in functions, with and without initial values.
cdef double a, b,
cdef int c = 2,
cdef long *p, q,
a = 1.5
b = 2.0
q = 7
p = &q

cdef long twice(long n):
    cdef long x, y,
    cdef double scale = 2.0,
    x = n
    y = <long>(x * scale)
    return y

print(a + b, c, p[0], twice(21))
