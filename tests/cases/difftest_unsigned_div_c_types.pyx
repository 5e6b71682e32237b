# Found by the differential tester (issue 14, dt_304_3 t69). A `//` or
# `%` whose type is unsigned for Cython (a shift takes the wider of both
# operands' types) is C's `/` and `%`; with a non-zero constant divisor
# there is no zero check and no temporary, so C divides in the operands'
# own C types (`(-0x11 >> (s & 31)) // 17` is `long / int`, 0). With a
# variable divisor the operands are held in Cython's types first.
cimport cython
from libc.stdint cimport int64_t, uint64_t, int32_t

def main():
    cdef size_t s = 0xfffffffffffffffe
    cdef unsigned int u = 30
    cdef uint64_t w = 3
    cdef int64_t big = -1000
    cdef int32_t i = -17
    cdef long d = 17
    cdef size_t z = 17
    print("shift-lit //", (-0x11 >> (s & 31)) // 17)
    print("shift-lit %", (-0x11 >> (s & 31)) % 17)
    print("shift-lit // 1", (-0x11 >> (s & 31)) // 1)
    print("shift-lit % 3", (-0x11 >> (s & 31)) % 3)
    print("shift-var //", (i >> (s & 31)) // 5)
    print("shift-var %", (i >> (s & 7)) % 5)
    print("shift-u //", (big >> (u & 3)) // 7)
    print("shift-u %", (big >> (u & 3)) % 7)
    print("shift-w //", (i << (w & 7)) // 9)
    print("shift-neg-div", (i >> (s & 31)) // -3)
    print("shift-neg-mod", (i >> (s & 31)) % -3)
    print("var divisor long", (-0x11 >> (s & 31)) // d)
    print("var divisor size_t", (-0x11 >> (s & 31)) % z)
    print("unsigned plain", s // 7, s % 7)
    print("signed plain", big // 7, big % 7)
    cdef size_t r = (i >> (s & 31)) // 17
    print("assigned", r)
    with cython.cdivision(True):
        print("cdiv //", (-0x11 >> (s & 31)) // 17)
        print("cdiv %", (-0x11 >> (s & 31)) % 17)
        print("cdiv var", (-0x11 >> (s & 31)) // d)

main()
