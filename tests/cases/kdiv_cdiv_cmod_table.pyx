# cython.cdiv / cython.cmod: C's truncating division and remainder over
# every sign combination and several integer types, with cdivision off and
# on, compared with Python's // and %; literal operands fold the C way.
cimport cython

@cython.cdivision(False)
def table_int(int a, int b):
    print(a, b, cython.cdiv(a, b), cython.cmod(a, b), a // b, a % b)

@cython.cdivision(True)
def table_long_cdiv_on(long a, long b):
    print(a, b, cython.cdiv(a, b), cython.cmod(a, b))

def table_mixed(signed char a, unsigned int b):
    # unsigned int wins C's promotion: -7 becomes 4294967289
    print(cython.cdiv(a, b), cython.cmod(a, b))

def table_short_ll(short a, long long b):
    print(cython.cdiv(a, b), cython.cmod(a, b))

cdef int vals[6]
vals[:] = [17, -17, 5, -5, 1, -1]
cdef int divs[6]
divs[:] = [3, -3, 10, -10, 1, -1]
cdef int i, j
for i in range(6):
    for j in range(6):
        table_int(vals[i], divs[j])
table_long_cdiv_on(-9000000000, 7)
table_long_cdiv_on(9000000000, -7)
table_mixed(-7, 2)
table_mixed(7, 2)
table_short_ll(-32768, 3)
table_short_ll(32767, -2)
print(cython.cdiv(-7, 2), cython.cmod(-7, 2), cython.cdiv(7, -2), cython.cmod(7, -2), -7 // 2, -7 % 2)
