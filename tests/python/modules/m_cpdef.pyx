# pydiff: extremes
# cpdef functions of every return type, called from Python and from C.

cpdef int c_int(int x):
    return x + 1 if x < 2147483647 else x

cpdef long c_long(long x):
    return x // 3

cpdef unsigned long c_ulong(unsigned long x):
    return x // 2

cpdef double c_double(double x):
    return x * 0.5

cpdef float c_float(double x):
    return <float>x

cpdef bint c_bint(int x):
    return x % 2 == 0

cpdef short c_short(int x):
    return <short>x

cpdef unsigned char c_uchar(int x):
    return <unsigned char>x

cpdef void c_void(int x):
    pass

def through(int x):
    return c_int(x) + c_long(x)
