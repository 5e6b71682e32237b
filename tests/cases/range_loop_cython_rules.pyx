# `for v in range(...)` as Cython compiles it. A constant step gives a C
# loop counting in the loop variable's own type, the bounds converted to it
# as C converts; an unsigned variable counting down runs as Cython writes it
# (`t = start + s; t > stop + s`), so `range(3, -1, -1)` reaches 0. Any other
# step iterates a Python range: its values are converted to the variable's
# type with overflow checks, and a zero step is a ValueError.
from libc.stdint cimport uint8_t, int8_t, uint16_t, uint64_t

def down_unsigned():
    cdef unsigned int u = 99
    cdef unsigned long long q = 7
    cdef long a = 58
    cdef unsigned long long b = 64
    for u in range(3, -1, -1):
        print("u", u)
    print("after", u)
    for q in range(a, b, -3):
        print("never", q)
    print("q", q)
    cdef Py_ssize_t lo = 5
    for q in range(7, lo, -1):
        print("q", q)
    for u in range(10, 1, -4):
        print("u4", u)
    print("after", u)
    cdef uint8_t w = 0
    for w in range(5, 0, -2):
        print("w", w)
    print("w after", w)

def mixed_signedness():
    # The test compares the counter (the variable's type) with the stop (its
    # own type) in C's usual arithmetic conversions.
    cdef int i = 99
    cdef unsigned int n = 5
    for i in range(-2, n):
        print("never: -2 < 5u is false in unsigned", i)
    print("i", i)
    for i in range(2, n):
        print("i", i)
    cdef unsigned int u = 99
    cdef long stop = -3
    for u in range(0, stop):
        print("never: 0 < -3 in long", u)
    print("u", u)
    cdef int8_t s = 0
    cdef int n2 = 0
    cdef int low = -130
    for s in range(low, -120):
        n2 += 1
    print("int8 from -130 starts at 126:", n2, s)
    cdef unsigned short us = 0
    cdef long long top = 70000
    n2 = 0
    for us in range(65530, top, 7):
        n2 += 1
        if n2 > 3:
            break
    print("ushort to 70000:", n2, us)
    cdef size_t z = 0
    for z in range(3, -1, -1):
        print("z", z)

def variable_step():
    cdef unsigned int i4 = 0
    cdef uint8_t v5 = 0
    cdef Py_ssize_t down = -1
    for i4 in range(v5, 3, down):
        print("never", i4)
    print("i4", i4)
    cdef long step = 2
    cdef int8_t k = 0
    for k in range(-5, 4, step):
        print("k", k)
    cdef unsigned short us = 0
    try:
        for us in range(2, -3, down):
            print("us", us)
    except OverflowError as e:
        print("OverflowError", e)
    print("us after", us)
    cdef int zero = 0
    try:
        for k in range(3, 5, zero):
            print("never", k)
    except ValueError as e:
        print("ValueError", e)
    cdef uint16_t big = 0
    cdef long long far = 70000
    cdef long long st = 30000
    try:
        for big in range(10000, far, st):
            print("big", big)
    except OverflowError as e:
        print("OverflowError", e)
    print("big after", big)
    cdef uint64_t u64 = 1
    try:
        for u64 in range(1, -2, down):
            print("u64", u64)
    except OverflowError as e:
        print("OverflowError", e)

down_unsigned()
mixed_signedness()
variable_step()
