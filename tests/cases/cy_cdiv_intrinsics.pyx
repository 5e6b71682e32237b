# cython.cdiv and cython.cmod give C truncating division whatever the
# cdivision directive says. Inspired by Cython's
# tests/run/cdivision_CEP_516.pyx (test_cdiv_cmod).
cimport cython

@cython.cdivision(False)
def both(short a, short b):
    cdef short q = cython.cdiv(a, b)
    cdef short r = cython.cmod(a, b)
    print(a, b, q, r, a // b, a % b)

both(17, 10)
both(-17, 10)
both(-17, -10)
both(17, -10)
both(4, -4)
both(4, -2)
both(4, -1)
