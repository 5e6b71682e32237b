# difftest (issue 14): a unary minus or plus folded into an integer
# constant is written as a C literal: a non-negative one plain (a C int, so
# `v * -(-2)` on an `int` v is int arithmetic in C, wrapping), a negative
# one as a C long (`v * -2`).
from libc.stdint cimport int32_t

def main():
    cdef int32_t v5 = -2147483647
    cdef int i = -2147483647
    cdef unsigned int u = 4294967295
    cdef short h = 30000
    print(v5 * 2, v5 * -(-2), v5 * -2, i * -(-2), i * 2, i * +2)
    print(v5 * +(+2), v5 * -(-(-2)), i + -(-1), i - -(-1), u * -(-3), u * -3)
    print(h * -(-2), h * +7, i * -(-0x10), -(-0x10) % -0xa, +7 // -(-2))
    print((i * -(-2)) // 3, (i * -2) // 3, min(i * -(-2), 5), max(v5 * -(-2), 1))

main()
