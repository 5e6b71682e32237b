# Found by the differential tester (issue 14, dt_310_3 t47, dt_312_2 t135).
# An integer literal is a C `long` for Cython even where C writes it in
# the other operand's type: `8 - (c & (ll - sz))` is a `long long` for
# Cython (its rank puts `long long` above `size_t`, so `ll - sz` is a
# `long long` though C computes it unsigned) and is boxed signed. A
# suffixed literal that decides the type keeps its own.
cimport numpy as cnp
from libc.stdint cimport int64_t

def main():
    cdef long long ll = -5862627292017378589
    cdef size_t sz = 0o367227477022217036654
    cdef cnp.int64_t n = -0x34c7971482a7d1c3
    cdef unsigned long ul = 5
    cdef int i = -2
    cdef char c = 28
    print("ll - sz", ll - sz)
    print("c & (ll - sz)", c & ll - sz)
    print("8 - (c & (ll - sz))", 8 - (c & ll - sz))
    print("(16 - 7 & 45164) - (c & ll - sz)", (0b10000 - 7 & 45164) - (c & ll - sz))
    print("(ll - sz) - 3", (ll - sz) - 3)
    print("3 - (sz - ll)", 3 - (sz - ll))
    print("-4 | ul + n", -4 | <unsigned long>0x3f41b21e + n)
    print("-2147483648 | -4 | ul + n", -2_147_483_648 | -4 | <unsigned long>0x3f41b21e + n)
    print("ul + n - 1", ul + n - 1)
    print("1 - (ul + n)", 1 - (ul + n))
    print("i + 5ULL", i + 5ULL)
    print("i - 5UL", i - 5UL)
    print("0 - sz", 0 - sz)
    print("sz * 0 - 1", sz * 0 - 1)

main()
