# Found by the differential tester (issue 14, dt_312_2 t84, dt_314_3 t25,
# dt_203_1 t65, dt_209_2 t47). A chained comparison has one common type
# for Cython, the spanning type of every pair's: with a Python int among
# integer operands every link compares Python ints exactly; with a
# floating operand an integer literal becomes a floating one. Other C
# values keep their own types (each pair compared as C compares it), and
# a middle operand is held in a temporary of the type Cython gives it.
# Each link is C's comparison of the two C values (`ll < ul` compares
# unsigned, `sc > uc` in int). A conditional expression takes the chain's
# common type (held in a temporary of it).
from libc.stdint cimport uint64_t

def main():
    cdef unsigned long long u = 3
    cdef size_t s = 16197207273066975599
    cdef size_t big = 9425345934455341961
    cdef unsigned char uc = 212
    cdef Py_ssize_t p = 0
    cdef bint b = True
    cdef unsigned int ui = 0
    cdef unsigned char v2 = 75
    cdef Py_ssize_t v4 = 7_144_149_361_016_566_222
    cdef int k = -1
    # a Python int in the chain: every link is a Python comparison
    print("py first", abs(0x100000000000) >= min(u, s + 3) >= (-65536 >> 8) * 0x1F)
    print("py middle", -7936 <= 0x100000000000 >= u > -1)
    print("py last", -1 < u <= 0x100000000000)
    print("py and C pair", (s & 0x904e412439) >= uc * p ^ s > 16 % b - (4 + p))
    print("C only pair", min(u, s + 3) >= (-65536 >> 8) * 0x1F)
    print("C only chain", u < s >= -1)
    # a floating operand: integer literals become floating
    print("float last", -11 | 256 <= big > -34.375)
    print("float first", 2.5 < 3 <= big)
    print("float middle", -1 < 0.5 < big)
    print("literal pair", -11 <= big)
    print("float, C pair", k < big > 0.5)
    # a middle operand held in Cython's type
    print("held", v2 < (v4 + -0.0) / b != 0x21 >> (b & 31) | ui < b // v2 - b)
    print("held 2", 0 < (0x21 >> (b & 31) | ui) > b // v2 - b)
    print("held 3", 0 <= (ui | 0x21 >> (b & 31)) >= k)
    # each link as C compares it
    cdef long long ll = -5
    cdef unsigned long ul = 7
    cdef signed char sc = -3
    cdef unsigned char uc2 = 250
    cdef Py_ssize_t ss = -9223372036854775807
    cdef uint64_t one = 1
    print("ll sz", ll < s < 2 * s, ll < s)
    print("ll ul", ll < ul <= ul, ll < ul)
    print("sc uc", sc > uc2 > 1, sc > uc2)
    print("uc sc", 1 < uc2 < sc, uc2 < sc)
    # a conditional expression takes the common type
    print("cond last", one - u >= b - ss >= (0xFF if b else ss))
    print("cond pair", b - ss >= (0xFF if b else ss))
    print("cond middle", -1 < (k if b else ss) < ul)
    if -11 | 256 <= big > -34.375:
        print("if chain", "yes")
    else:
        print("if chain", "no")

main()
