# Differences found by the differential tester (tools/difftest, campaign of
# issue 14, seeds 101-105), minimised: where Cython gives a value its own C
# type (a temporary, a folded constant, a Python object) rather than C's.
cimport cython
from libc.stdint cimport int64_t

# abs() of a float is fabsf: the product stays in single precision.
cdef float f = 0.10000000149011612
cdef unsigned int u = 0xd82e49cb
print(abs(f) * abs(u))

# A checked division holds its operands in temporaries of Cython's type:
# (int64_t >> size_t) - 11 is a size_t.
cdef int64_t i64 = -11
cdef size_t sz = 0
cdef float g = 408.5
print(g / ((i64 >> sz) - 11), g / (i64 >> sz))

# An unsigned exponent keeps an integer power, in Cython's widest type.
cdef unsigned long long ull = 1
cdef bint flag = True
cdef unsigned int e = 3
cdef int five = 5
cdef int mtwo = -2
print((0o20 + flag) * (sizeof(float)) ** ull * (ull - ull % 3))
print(five ** e, mtwo ** e, 3 ** (e + 17), sz ** e, mtwo ** (e * 0))

# A bint becomes a Python bool: a bint holding -19 is True, 1.
cdef bint k = True
cdef signed char sc = -0xe
cdef size_t big = 35
k += sc
k = ~k - (big - 4)
k = 4294967295 % k
print(k)

# A folded constant with an operand beyond 32 bits stays a Python int, so
# max() compares the C arguments in C and then the Python int exactly.
cdef long l5 = -0o236351360756473644236
cdef int i3 = 0x2d
print(max(l5 & sizeof(unsigned long long), l5, i3, 0x80000000 >> 8))

# min/max and conditional expressions meet in Cython's spanning type,
# without C's promotion: min(unsigned char, signed char) is unsigned.
cdef unsigned char uc1 = 29
cdef unsigned char uc3 = 0x11
cdef signed char sc4 = -40
cdef short sh = -5
print(min(abs(sc4), min(uc1, sc4, uc3), uc1), min(uc1, sc4), max(sc4, sh, uc1))
cdef int r = (sc4 if flag else uc1)
print(r, (sc4 if flag else uc1) + 1, (sh if flag else uc1))

# A conditional expression converts branch by branch where it is printed
# (each branch boxed) or a literal branch is assigned.
cdef double d = -1 if flag else sizeof(long)
print(d, -793_510_266 if flag else sizeof(long), -11 - 0xB if flag else sizeof(char) * 5)
