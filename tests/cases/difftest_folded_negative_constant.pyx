# difftest (issue 14): a folded literal expression is written as a C
# literal: a negative result with an `L` suffix (a C long, so
# `(-1 * 33) << n` shifts a long and `(3 - 10) * i` is long arithmetic), a
# non-negative one plain (a C int).
def main():
    cdef unsigned int v2 = 31
    cdef int i = 2147483647
    cdef int m = -2147483647
    print(-1 * 33 << (v2 & 31), 1 - 10 << (v2 & 31), (2 - 1) << (v2 & 31))
    print((3 - 10) * i, (10 - 3) * i, (0 - 1) * m, (1 - 0) * m, (-8 << 7) * i)
    print((5 - 6) + i, (6 - 5) + i, (2 * -3) * m, (-2 * -3) * m)

main()
