# difftest (issue 14): a `float` to the power of a signed integer variable
# is a double power in Cython (the exponent may be negative), so what it
# is divided by or added to is double arithmetic; an unsigned exponent or a
# literal keeps the float.
from libc.stdint cimport int64_t, uint64_t

def main():
    cdef float v1 = -1.
    cdef int64_t v2 = 1
    cdef uint64_t v4 = 9
    cdef float f = 3.0
    cdef int k = 2
    cdef unsigned int uk = 2
    cdef short sk = -1
    print(v1 ** v2 / v4, v1 ** v2, f ** k / 7, f ** k, (f ** v2) / 3)
    print(f ** sk / 7, f ** sk + 0.1, f ** uk / v4, f ** 2 / v4, f ** -1 + 0.1)
    print(f ** k * 0.1, (f ** sk) * (f ** sk))

main()
