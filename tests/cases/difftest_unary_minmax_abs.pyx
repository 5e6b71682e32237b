# Found by the differential tester (tools/difftest, issue 14): a unary
# operator on a literal (`~7`, `-(5)`) is a C long for Cython where min/max
# and conditional expressions meet their arguments' types (`max(~7, u)` with
# an unsigned int `u` is a long, -8 stays -8), and abs() takes its argument
# in Cython's type (`ulong - npy_longlong` is signed there).
cimport numpy as cnp

def main():
    cdef int v1 = -0o4315077454
    cdef unsigned int v3 = 0x3e
    cdef short v6 = -0o100000
    cdef unsigned char uc = 200
    print(max(~7, v1 & v3, abs(v1), ~v6), min(~7, v3), max(-(5), v3), min(+v3, ~0))
    print(min(~uc, v3), max(~0, uc), min(-(1), uc, v3), max(~v6, v3))
    print(~7 if v3 > 100 else v3, v3 if v3 > 100 else ~7)
    cdef unsigned long w1 = 11
    cdef cnp.longlong_t w4 = 31
    cdef long long w5 = 31
    cdef cnp.int64_t w6 = 40
    print(abs(w1 - w4), abs(w1 - w5) + 1, abs(w5 - w1), abs(w1 - w6))

main()
