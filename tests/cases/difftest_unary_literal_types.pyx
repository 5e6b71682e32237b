# Found by the differential tester (issue 14, dt_406_2 t94, dt_404_1 t21,
# dt_404_2 t29). `-0` is written `0`, a C int (`u * -0 - u` on an unsigned
# int wraps unsigned); a unary operator has its operand's Cython type, at
# least int (`-(sizeof(T) * ll)` is a `long long` for Cython, printed
# signed, though C computes it unsigned); a folded constant past 64 bits
# assigned to a C integer wraps as C's literal does.
cimport numpy as cnp
from libc.math cimport fabs, sqrt

def main():
    cdef unsigned int u3 = 2565026809
    cdef double d2 = 0.001
    cdef cnp.longlong_t v1 = -9
    cdef long long w = -9
    cdef cnp.uint32_t v3 = 0
    cdef unsigned char uc = 5
    cdef unsigned int ui = 7
    cdef int i = 3
    print("-0", u3 * -0 - u3, u3 * -0 - u3 + fabs(sqrt(d2)), u3 + -0)
    print("neg", -(sizeof(unsigned long long) * v1) | (v1 ^ 17) % -7)
    print("neg ll", -(sizeof(unsigned long long) * w), ~(sizeof(long) * w))
    print("small", -(uc * 2), -(ui * 2), ~(ui + 1), -(i - ui))
    v3 = 0o20000000000000 * 0x100 ** 4
    print("wrap", v3)
    cdef unsigned short us = 0x100 ** 8 + 5
    cdef signed char sc = -(0x100 ** 9) - 3
    print("wrap 2", us, sc)

main()
