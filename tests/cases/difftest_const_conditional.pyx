# Found by the differential tester (tools/difftest, issue 14): Cython's
# constant folding replaces `x if True else y` by `x` (and `x if False else
# y` by `y`) before typing, so the expression has the kept branch's type
# and folds with literals: `(10 if True else c) % -1000` is the Python
# constant -990, and `-2 if True else sz` is a C long in max().
def main():
    cdef size_t v4 = 2131435599767089445
    cdef unsigned char v1 = 0
    cdef char v2 = 100
    cdef long v6 = -5
    cdef int v7 = 313936734
    cdef long long v8 = 100
    print(max(-2 if True else v4, <unsigned char>v1, 0x3f * v4), min(v4, -1 if True else v1))
    print((10 if True else v2) % -1000, (v2 if False else 10) // -3, (v6 if False else v4) + 0)
    print((v7 if True else v8) * <int>(-41671), (7 if False else v4) - 8)
    print((2147483647 if True else v2) + 1, (v2 if True else v8) * 1000000000)

main()
