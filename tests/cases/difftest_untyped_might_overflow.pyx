# Found by the differential tester (issue 14). Cython infers a C type for
# an untyped local unless the name appears inside arithmetic that may
# overflow (a binary operator other than & | ^, unary minus, abs(), an
# in-place assignment) anywhere in the function (MarkOverflowingArithmetic);
# the inferred type of `-x`/`~x`/`+x` is x's own type, before C's promotion.
# So `u = -c` with an unsigned char c is an unsigned char (251), `u = ~b`
# with a bint is a bint (True), a literal local used only in min() is a C
# long (C arithmetic with a size_t follows), and a range loop variable used
# in `k - sizeof(int)` is a Python int. cytrus makes every untyped integer
# local a Python int and every untyped range variable a C long.
def main():
    cdef unsigned char c = 5
    cdef bint b = False
    cdef unsigned short us = 65534
    cdef unsigned char v2 = 0o37
    u1 = -c
    u2 = ~c
    u3 = ~(~b)
    u4 = -us
    u5 = -(-b)
    u8 = 0b1000000
    print(u1, u2, u3, u4, u5)
    print(min(u8, v2) * -sizeof(size_t))
    for k in range(3):
        pass
    print(k - sizeof(int))

main()
