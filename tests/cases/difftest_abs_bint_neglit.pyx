# Found by the differential tester (tools/difftest, agg family, issue 14):
# 1. abs() of an integer type Cython has no exact C abs for (char, short,
#    Py_ssize_t, size_t, bint, the signed intN_t) is a Python int: an
#    unsigned target it is subtracted from raises OverflowError;
# 2. a bitwise operator with one bint operand is a bint where Cython's
#    widest_numeric_type picks the bint (narrower types, `int | bint`);
# 3. a negated literal down to -2**31 is a C long (C arithmetic), below it a
#    Python int.
from libc.stdint cimport int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t, uint64_t

def abs_table():
    cdef unsigned int u
    cdef char c = 3
    cdef signed char sc = 3
    cdef unsigned char uc = 3
    cdef short s = -3
    cdef unsigned short us = 3
    cdef int i = -3
    cdef unsigned int ui = 3
    cdef long l = -3
    cdef unsigned long ul = 3
    cdef long long ll = -3
    cdef unsigned long long ull = 3
    cdef Py_ssize_t ss = -3
    cdef size_t sz = 3
    cdef int8_t i8 = -3
    cdef int16_t i16 = -3
    cdef int32_t i32 = -3
    cdef int64_t i64 = -3
    cdef uint8_t u8 = 3
    cdef uint16_t u16 = 3
    cdef uint32_t u32 = 3
    cdef uint64_t u64 = 3
    cdef bint b = True
    u = 0
    try:
        u -= abs(c)
        print("char", u)
    except OverflowError as e:
        print("char", e)
    u = 0
    try:
        u -= abs(sc if b else sc)
        print("signed char", u)
    except OverflowError as e:
        print("signed char", e)
    u = 0
    try:
        u -= abs(uc)
        print("unsigned char", u)
    except OverflowError as e:
        print("unsigned char", e)
    u = 0
    try:
        u -= abs(s)
        print("short", u)
    except OverflowError as e:
        print("short", e)
    u = 0
    try:
        u -= abs(us)
        print("unsigned short", u)
    except OverflowError as e:
        print("unsigned short", e)
    u = 0
    u -= abs(i)
    print("int", u)
    u = 0
    u -= abs(ui)
    print("unsigned int", u)
    u = 0
    u -= abs(l)
    print("long", u)
    u = 0
    u -= abs(ul)
    print("unsigned long", u)
    u = 0
    u -= abs(ll)
    print("long long", u)
    u = 0
    u -= abs(ull)
    print("unsigned long long", u)
    u = 0
    try:
        u -= abs(ss)
        print("Py_ssize_t", u)
    except OverflowError as e:
        print("Py_ssize_t", e)
    u = 0
    try:
        u -= abs(sz)
        print("size_t", u)
    except OverflowError as e:
        print("size_t", e)
    u = 0
    try:
        u -= abs(i8)
        print("int8_t", u)
    except OverflowError as e:
        print("int8_t", e)
    u = 0
    try:
        u -= abs(i16)
        print("int16_t", u)
    except OverflowError as e:
        print("int16_t", e)
    u = 0
    try:
        u -= abs(i32)
        print("int32_t", u)
    except OverflowError as e:
        print("int32_t", e)
    u = 0
    try:
        u -= abs(i64)
        print("int64_t", u)
    except OverflowError as e:
        print("int64_t", e)
    u = 0
    try:
        u -= abs(u8)
        print("uint8_t", u)
    except OverflowError as e:
        print("uint8_t", e)
    u = 0
    try:
        u -= abs(u16)
        print("uint16_t", u)
    except OverflowError as e:
        print("uint16_t", e)
    u = 0
    try:
        u -= abs(b)
        print("bint", u)
    except OverflowError as e:
        print("bint", e)
    u = 0
    u -= abs(u32)
    print("uint32_t", u)
    u = 0
    u -= abs(u64)
    print("uint64_t", u)
    # the Python int keeps its exact value where it meets other C values
    cdef short m = -0x8000
    cdef bint v = abs(m) * (m & m)
    print(v, v | 64, abs(m) * 3, abs(c + s))

def bint_bitwise():
    cdef bint b = True
    cdef bint f = False
    cdef char c = -2
    cdef signed char sc = 4
    cdef short s = -1
    cdef unsigned short us = 8
    cdef int i = -4
    cdef unsigned int u = 6
    cdef long l = -16
    cdef int16_t i16 = 2
    cdef int32_t i32 = -8
    print(s | b, b | s, c & b, b ^ sc, us | f, i16 ^ b)
    print(i | b, b | i, u | b, b ^ u, l | b, b | l, i32 ^ b, b | 5, 5 | b)
    print((s | b) + 1, (b | i) + 1, (i | f) + 1, -(c ^ b))
    print(f | s, f & sc, (f | c) == -2)

def negated_literals():
    cdef unsigned char v1 = 0x72
    cdef Py_ssize_t v2 = 53
    cdef int i = 7
    print(-0x80000000 // v2, -2147483648 // v2, -2147483648 % v2)
    v1 += 5 ^ -0x80000000 // v2
    print(v1)
    v1 += -2147483648 // v2
    print(v1)
    print(i - -2147483648, i + -2147483647)
    try:
        v1 += -2147483649 // v2
        print(v1)
    except OverflowError as e:
        print("OverflowError", e)

abs_table()
bint_bitwise()
negated_literals()
