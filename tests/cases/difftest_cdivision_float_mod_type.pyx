# cython: cdivision=True
# difftest (issue 14): under cdivision, `%` and `//` of two floats are
# float results (Cython's fmodf/floorf), so arithmetic around them stays in
# float: `sizeof(bint) - v1 % v4` is a float subtraction.
from libc.math cimport fmod

def main():
    cdef float v1 = 261.
    cdef float v4 = 0.20000000298023224
    cdef float g = 7.3
    cdef double d = 7.3
    print(v1 % v4, sizeof(bint) - v1 % v4, 4 - v1 // v4, 0.1 + g % v4)
    print(fmod(v4 + (-920157.3556478857 - v1), sizeof(bint) - v1 % v4))
    print(d % v4 + 0.1, g % 2.0 + 0.1, (g // v4) * 0.1, g % v4 * g)

main()
