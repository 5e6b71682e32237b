# cython: cpow=True
# The cpow directive: ** as C computes it. C integer powers in the operands'
# type (0 for a negative exponent, wrapping past the type), pow() on floats
# (nan for a negative base to a fractional power, no complex result).
cimport cython

cdef int ipow(int b, int e):
    return b ** e

cdef long lpow(long b, long e):
    return b ** e

cdef unsigned int upow(unsigned int b, unsigned int e):
    return b ** e

cdef int k, j
cdef int[5] bases
bases[0] = 0; bases[1] = 1; bases[2] = -1; bases[3] = 3; bases[4] = -7
for k in range(5):
    for j in range(-2, 6):
        print(bases[k], j, ipow(bases[k], j), lpow(bases[k], j))
print(ipow(2, 31), ipow(3, 21), lpow(3, 40), upow(2, 31), upow(10, 10))
cdef double x = 2.0, y = 3.0, z = -8.0
cdef float f = 1.5
print(x ** y, z ** (1.0 / 3), x ** -2, 2.0 ** -26, 2 ** 0.5, f ** 2, (x + 1) ** 2)
print(cython.typeof(k ** j), cython.typeof(x ** k), cython.typeof(k ** x), cython.typeof(f ** f))

@cython.cpow(False)
def soft(double a, double b):
    return a ** b
print(soft(2.0, 3.0), soft(4.0, 0.5))
