# Found by the differential tester (tools/difftest, issue 14): an integer
# power with a literal exponent is computed in Cython's type of the base,
# at least a long: a shift is typed as the wider of its operands, so
# `(i8 << (ul & 31)) ** 4` is an `unsigned long` power.
from libc.stdint cimport int8_t

def main():
    cdef int8_t v5 = 0x48
    cdef unsigned long v2 = 0xdd10635bbbf6e10b
    cdef unsigned int u = 3
    cdef size_t z = 2
    cdef short s = -3
    print((v5 << (v2 & 31)) ** 4, (v5 << (u & 7)) ** 3, u ** 2, (-u) ** 2)
    print(z ** 3, (v5 >> (z & 3)) ** 2, (s << (z & 3)) ** 3, (s >> (u & 1)) ** 2)
    print((s * z) ** 2, (s + u) ** 3, (s | v2) ** 2)

main()
