# Comparisons compute in C's usual arithmetic conversions (`long long <
# unsigned long` compares as unsigned), while the value of `min`/`max` and
# of a conditional expression takes Cython's type for the pair (the higher
# Cython rank, `long long`, keeps its sign). `min`/`max` of three or more
# arguments compare each argument with the running result, in the two's
# own types.
from libc.stdint cimport int8_t, uint16_t

def main():
    cdef long long a = -1
    cdef unsigned long b = 1
    cdef Py_ssize_t p = -1
    cdef size_t z = 1
    print(a < b, p < b, b > a, p < z, a == b - 2)
    print(min(a, b), max(p, b), (a if p < 0 else b), min(b, a), max(b, p))
    cdef int8_t v1 = 69
    cdef unsigned long v2 = 1
    cdef signed char v3 = 6
    cdef unsigned char v6 = 222
    print(min(8 // v6, v3 - v1, v2 * v3), max(8 // v6, v3 - v1, v2 * v3))
    cdef uint16_t w = 5
    cdef int n = -3
    print(min(w, n, 7), max(n, w, -2), min(n, z), max(z, n, 0), min(3, n, w))

main()
