# Differences found by the differential tester (tools/difftest, campaign of
# issue 14, seed 102), minimised: integer constants as Cython writes them.
cimport cython
cdef size_t sz = 0

# A constant (a literal, or one folded from literals, even a Python int)
# assigned to a C integer is a C literal of that type: C's conversion wraps.
cdef unsigned short v3 = 0b110111
with cython.cdivision(True):
    v3 = -13 // 688727645604 >> 3
print(v3)
cdef unsigned short a = -1
cdef unsigned char b = 300
cdef int c = 4294967297
cdef unsigned int d = -5
print(a, b, c, d)
a = 0x80000000 >> 8
print(a)

# A cast literal is not a literal: `2147483647 - <unsigned int>8` is C's
# unsigned arithmetic, not a folded constant.
print(2_147_483_647 - <unsigned int>(-8), 2147483647 - <unsigned int>8)

# A Python int floor-divided by zero: CPython 3.11's text.
try:
    print(1099511627776 // sz)
except ZeroDivisionError as e:
    print(e)
try:
    print(1099511627776 % sz)
except ZeroDivisionError as e:
    print(e)
