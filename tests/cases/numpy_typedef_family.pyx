# numpy's integer typedefs are distinct, external typedefs for Cython:
# abs() of a signed one goes through a Python int (so a negative result
# stored in an unsigned int raises), abs() of an unsigned one is the
# value; a Python int converted to one is checked and the error names the
# npy_ typedef; C values and literals stored in one wrap as in C.
cimport numpy as cnp

def t0():
    cdef cnp.int8_t a = 7
    cdef cnp.int8_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('int8_t abs', u)
    except OverflowError as e:
        print('int8_t abs OverflowError', e)
    b = m
    print('int8_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('int8_t from', b)
        except OverflowError as e:
            print('int8_t from OverflowError', e)

def t1():
    cdef cnp.int16_t a = 7
    cdef cnp.int16_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('int16_t abs', u)
    except OverflowError as e:
        print('int16_t abs OverflowError', e)
    b = m
    print('int16_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('int16_t from', b)
        except OverflowError as e:
            print('int16_t from OverflowError', e)

def t2():
    cdef cnp.int32_t a = 7
    cdef cnp.int32_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('int32_t abs', u)
    except OverflowError as e:
        print('int32_t abs OverflowError', e)
    b = m
    print('int32_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('int32_t from', b)
        except OverflowError as e:
            print('int32_t from OverflowError', e)

def t3():
    cdef cnp.int64_t a = 7
    cdef cnp.int64_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('int64_t abs', u)
    except OverflowError as e:
        print('int64_t abs OverflowError', e)
    b = m
    print('int64_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('int64_t from', b)
        except OverflowError as e:
            print('int64_t from OverflowError', e)

def t4():
    cdef cnp.uint8_t a = 7
    cdef cnp.uint8_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('uint8_t abs', u)
    except OverflowError as e:
        print('uint8_t abs OverflowError', e)
    b = m
    print('uint8_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('uint8_t from', b)
        except OverflowError as e:
            print('uint8_t from OverflowError', e)

def t5():
    cdef cnp.uint16_t a = 7
    cdef cnp.uint16_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('uint16_t abs', u)
    except OverflowError as e:
        print('uint16_t abs OverflowError', e)
    b = m
    print('uint16_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('uint16_t from', b)
        except OverflowError as e:
            print('uint16_t from OverflowError', e)

def t6():
    cdef cnp.uint32_t a = 7
    cdef cnp.uint32_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('uint32_t abs', u)
    except OverflowError as e:
        print('uint32_t abs OverflowError', e)
    b = m
    print('uint32_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('uint32_t from', b)
        except OverflowError as e:
            print('uint32_t from OverflowError', e)

def t7():
    cdef cnp.uint64_t a = 7
    cdef cnp.uint64_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('uint64_t abs', u)
    except OverflowError as e:
        print('uint64_t abs OverflowError', e)
    b = m
    print('uint64_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('uint64_t from', b)
        except OverflowError as e:
            print('uint64_t from OverflowError', e)

def t8():
    cdef cnp.intp_t a = 7
    cdef cnp.intp_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('intp_t abs', u)
    except OverflowError as e:
        print('intp_t abs OverflowError', e)
    b = m
    print('intp_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('intp_t from', b)
        except OverflowError as e:
            print('intp_t from OverflowError', e)

def t9():
    cdef cnp.uintp_t a = 7
    cdef cnp.uintp_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('uintp_t abs', u)
    except OverflowError as e:
        print('uintp_t abs OverflowError', e)
    b = m
    print('uintp_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('uintp_t from', b)
        except OverflowError as e:
            print('uintp_t from OverflowError', e)

def t10():
    cdef cnp.npy_bool a = 7
    cdef cnp.npy_bool b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_bool abs', u)
    except OverflowError as e:
        print('npy_bool abs OverflowError', e)
    b = m
    print('npy_bool wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_bool from', b)
        except OverflowError as e:
            print('npy_bool from OverflowError', e)

def t11():
    cdef cnp.npy_byte a = 7
    cdef cnp.npy_byte b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_byte abs', u)
    except OverflowError as e:
        print('npy_byte abs OverflowError', e)
    b = m
    print('npy_byte wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_byte from', b)
        except OverflowError as e:
            print('npy_byte from OverflowError', e)

def t12():
    cdef cnp.npy_ubyte a = 7
    cdef cnp.npy_ubyte b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_ubyte abs', u)
    except OverflowError as e:
        print('npy_ubyte abs OverflowError', e)
    b = m
    print('npy_ubyte wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_ubyte from', b)
        except OverflowError as e:
            print('npy_ubyte from OverflowError', e)

def t13():
    cdef cnp.npy_short a = 7
    cdef cnp.npy_short b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_short abs', u)
    except OverflowError as e:
        print('npy_short abs OverflowError', e)
    b = m
    print('npy_short wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_short from', b)
        except OverflowError as e:
            print('npy_short from OverflowError', e)

def t14():
    cdef cnp.npy_ushort a = 7
    cdef cnp.npy_ushort b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_ushort abs', u)
    except OverflowError as e:
        print('npy_ushort abs OverflowError', e)
    b = m
    print('npy_ushort wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_ushort from', b)
        except OverflowError as e:
            print('npy_ushort from OverflowError', e)

def t15():
    cdef cnp.npy_int a = 7
    cdef cnp.npy_int b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_int abs', u)
    except OverflowError as e:
        print('npy_int abs OverflowError', e)
    b = m
    print('npy_int wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_int from', b)
        except OverflowError as e:
            print('npy_int from OverflowError', e)

def t16():
    cdef cnp.npy_uint a = 7
    cdef cnp.npy_uint b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_uint abs', u)
    except OverflowError as e:
        print('npy_uint abs OverflowError', e)
    b = m
    print('npy_uint wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_uint from', b)
        except OverflowError as e:
            print('npy_uint from OverflowError', e)

def t17():
    cdef cnp.npy_long a = 7
    cdef cnp.npy_long b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_long abs', u)
    except OverflowError as e:
        print('npy_long abs OverflowError', e)
    b = m
    print('npy_long wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_long from', b)
        except OverflowError as e:
            print('npy_long from OverflowError', e)

def t18():
    cdef cnp.npy_ulong a = 7
    cdef cnp.npy_ulong b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_ulong abs', u)
    except OverflowError as e:
        print('npy_ulong abs OverflowError', e)
    b = m
    print('npy_ulong wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_ulong from', b)
        except OverflowError as e:
            print('npy_ulong from OverflowError', e)

def t19():
    cdef cnp.npy_longlong a = 7
    cdef cnp.npy_longlong b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_longlong abs', u)
    except OverflowError as e:
        print('npy_longlong abs OverflowError', e)
    b = m
    print('npy_longlong wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_longlong from', b)
        except OverflowError as e:
            print('npy_longlong from OverflowError', e)

def t20():
    cdef cnp.npy_ulonglong a = 7
    cdef cnp.npy_ulonglong b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_ulonglong abs', u)
    except OverflowError as e:
        print('npy_ulonglong abs OverflowError', e)
    b = m
    print('npy_ulonglong wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_ulonglong from', b)
        except OverflowError as e:
            print('npy_ulonglong from OverflowError', e)

def t21():
    cdef cnp.longlong_t a = 7
    cdef cnp.longlong_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('longlong_t abs', u)
    except OverflowError as e:
        print('longlong_t abs OverflowError', e)
    b = m
    print('longlong_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('longlong_t from', b)
        except OverflowError as e:
            print('longlong_t from OverflowError', e)

def t22():
    cdef cnp.ulonglong_t a = 7
    cdef cnp.ulonglong_t b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('ulonglong_t abs', u)
    except OverflowError as e:
        print('ulonglong_t abs OverflowError', e)
    b = m
    print('ulonglong_t wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('ulonglong_t from', b)
        except OverflowError as e:
            print('ulonglong_t from OverflowError', e)

def t23():
    cdef cnp.npy_intp a = 7
    cdef cnp.npy_intp b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_intp abs', u)
    except OverflowError as e:
        print('npy_intp abs OverflowError', e)
    b = m
    print('npy_intp wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_intp from', b)
        except OverflowError as e:
            print('npy_intp from OverflowError', e)

def t24():
    cdef cnp.npy_int64 a = 7
    cdef cnp.npy_int64 b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_int64 abs', u)
    except OverflowError as e:
        print('npy_int64 abs OverflowError', e)
    b = m
    print('npy_int64 wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_int64 from', b)
        except OverflowError as e:
            print('npy_int64 from OverflowError', e)

def t25():
    cdef cnp.npy_uint8 a = 7
    cdef cnp.npy_uint8 b
    cdef unsigned int u = 0
    cdef long long m = -3
    big = 1
    neg = -1
    big = big << 62
    print(big + 1 - 1, neg * 1)
    try:
        u -= abs(a)
        print('npy_uint8 abs', u)
    except OverflowError as e:
        print('npy_uint8 abs OverflowError', e)
    b = m
    print('npy_uint8 wrap', b, a * 2 - 20, a // 2)
    for x in (neg, big, big * 4 - 1):
        try:
            b = x
            print('npy_uint8 from', b)
        except OverflowError as e:
            print('npy_uint8 from OverflowError', e)

def main():
    t0()
    t1()
    t2()
    t3()
    t4()
    t5()
    t6()
    t7()
    t8()
    t9()
    t10()
    t11()
    t12()
    t13()
    t14()
    t15()
    t16()
    t17()
    t18()
    t19()
    t20()
    t21()
    t22()
    t23()
    t24()
    t25()

main()
