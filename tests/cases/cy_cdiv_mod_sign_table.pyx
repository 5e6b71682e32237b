# % and // on int, short, float and double for all four sign pairs, with
# cdivision off (Python rules) and on (C rules). Inspired by Cython's
# tests/run/cdivision_CEP_516.pyx.
cimport cython

@cython.cdivision(False)
cdef void py_rules(int a, int b):
    cdef short sa = a, sb = b
    cdef float fa = a, fb = b
    cdef double da = a, db = b
    print("py ", a, b, a % b, a // b, sa % sb, sa // sb, fa % fb, da % db, da // db)

@cython.cdivision(True)
cdef void c_rules(int a, int b):
    cdef short sa = a, sb = b
    cdef float fa = a, fb = b
    cdef double da = a, db = b
    print("c  ", a, b, a % b, a // b, sa % sb, sa // sb, fa % fb, da % db)

cdef int pairs[8]
pairs[0] = 17; pairs[1] = 10
pairs[2] = -17; pairs[3] = 10
pairs[4] = -17; pairs[5] = -10
pairs[6] = 17; pairs[7] = -10
cdef int k
for k in range(4):
    py_rules(pairs[2 * k], pairs[2 * k + 1])
    c_rules(pairs[2 * k], pairs[2 * k + 1])
# exact multiples: the remainder is zero either way
for k in range(1, 5):
    py_rules(4, -k)
    c_rules(4, -k)
