# A conditional expression beside another integer operand is converted to
# Cython's type for the two before the operation: with an npy_uintp branch
# and a literal, `i64 - (up if c else 16)` and `i64 < (up if c else -8)`
# compute and compare in the signed int64 (C alone would go unsigned).
cimport numpy as cnp
def f(bint v1, cnp.uintp_t v3, cnp.int64_t a):
    print(<cnp.int64_t>10 - (v3 if v1 else 16))
    print(a - (v3 if v1 else 16))
    print(a - v3)
    print(<cnp.int64_t>10 - v3)
f(False, 1, 10)
f(True, 1, 10)
def g(bint v1, cnp.uintp_t v3, cnp.int64_t a):
    print(a < (v3 if v1 else -8), (v3 if v1 else -8) > a, a - (v3 if v1 else -8), (v3 if v1 else -8) * a)
    print(a == (v3 if v1 else -8) + 0, a // (v3 if v1 else -8))
g(False, 1, 10)
g(True, 1, 10)
