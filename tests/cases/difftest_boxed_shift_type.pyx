# difftest (issue 14): a C integer expression that meets a Python int is
# boxed from the type Cython gives it: a shift takes the wider of both
# operand types (`l >> (s & 31)` with a size_t s is a size_t), so
# `0x1cbe991a14 - (l >> (s & 31))` subtracts 2**64 - 1, not -1.
def main():
    cdef size_t v1 = 1
    cdef long v2 = -1
    cdef int i = -5
    cdef unsigned int u = 3
    print(0x1cbe991a14 - v1 - (v2 >> (v1 & 31)))
    print(0x1cbe991a14 + (i << (u & 7)), 0x1cbe991a14 * (i >> (v1 & 7)), (v2 >> (v1 & 31)) + 2**40)
    print(0x1cbe991a14 - (i + 1), 0x100000000 | (i << (v1 & 3)), 0x100000000 + (i << (u & 3)))
    cdef double d = (v2 >> (v1 & 31)) * 1.5
    print(d, (i << (v1 & 3)) * 0.5)

main()
