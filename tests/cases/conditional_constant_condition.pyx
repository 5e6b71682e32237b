# A conditional expression whose condition is a constant Cython folds
# (a comparison of literals too) is the branch taken: an untyped local
# assigned `-17 if 3 > 2 else u` is a C long holding -17.
def f():
    cdef unsigned long long v1 = 17_338_755_798_679_810_664
    u4 = -17 if 0x8128A4CAFA >= 7 else v1 << 7
    print(u4)
    u5 = -17 if True else v1
    print(u5)
    u6 = -17 if 3 > 2 else v1
    print(u6)
    print(-17 if 3 > 2 else v1)
    cdef double d = (-17 if 3 > 2 else v1)
    print(d)
f()
