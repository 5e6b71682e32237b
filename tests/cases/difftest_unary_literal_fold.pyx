# Found by the differential tester (tools/difftest, issue 14): Cython folds
# a unary minus or plus on an integer constant into a constant typed by its
# value, which folds further with Python's rules even under cdivision
# (`-(-0x10) % -0xa` is -4, `+7 // -0x3e8` is -1); `~7` is not folded and
# stays C's `int` in comparisons (`~7 < u` on an unsigned int is False).
cimport cython

def main():
    cdef unsigned int u = 3
    with cython.cdivision(True):
        print(-(-0x10) % -0xa, +7 // -0x3e8, ~5 % 3, -(-(-7)) // 2)
    print(-(-0x10) % -0xa, ~7 < u, -(5) < u, -(-0x80000000) > 0, +(-3) * u)
    print(-(-2147483647) + 1, -(-(-2147483648)), +(+5) << 40)

main()
