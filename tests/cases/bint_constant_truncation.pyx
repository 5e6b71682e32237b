# An integer constant past 32 bits assigned to a `bint` (a C int) keeps its low
# 32 bits, as Cython writes the constant into it; conditions, `not`, `bool()`
# and `and` test the constant's truth.
def f(long x):
    cdef bint v2 = True
    v2 = 0b1111111 // 10 * (0o200000 << 31)
    print(v2)
    v2 = 0x100000000
    print(v2)
    v2 = 4294967296 * 2
    print(v2)
    v2 = x
    print(v2)
    v2 = 0x100000001
    print(v2)
    v2 = -4294967296
    print(v2)
f(4294967296)

cdef bint g(bint b):
    return b
def f2():
    if 0x100000000:
        print('yes')
    print(not 0x100000000, bool(0x100000000), g(0x100000000), <bint>0x100000000)
    cdef bint c = 0x100000000 if True else 0
    print(c)
    print(0x100000000 and 5, 1 if 0x200000000 else 2)
    cdef bint d = 0x100000001
    print(d, d + 1)
f2()
