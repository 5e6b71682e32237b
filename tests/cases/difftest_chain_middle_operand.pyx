# difftest (issue 14): in a chained comparison the middle operands are held
# in their own types and compared with each neighbour in that pair's C type
# (`d < c >= s`: c against s as C compares a signed char with a size_t).
from libc.stdint cimport int64_t, uint32_t

def main():
    cdef int64_t v2 = 9223372036854775806
    cdef signed char c = -2
    cdef size_t s = 4
    cdef double d = -5.0
    cdef unsigned int u = 5
    cdef int i = -1
    cdef float f = 0.5
    print(d < <signed char>v2 >= 8 - sizeof(uint32_t))
    print(d < c >= s, -5.0 < c >= s, c >= s > d)
    print(f < i < u, f > i < u, d < i != u, u > i > d)
    print(s > c > d, s > c < d, i < u > c, d <= i < s)
    print(1.5 < c < u, c < u < 2.5, f < c <= s < d)
    if 9.0 + -800242.8609819183 < <signed char>v2 >= 8 - sizeof(uint32_t):
        print("yes")
    else:
        print("no")
    if d < i < u:
        print("yes")
    else:
        print("no")

main()
