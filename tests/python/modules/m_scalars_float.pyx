# pydiff: extremes
# float and double arguments, results and conversions.

def f_double(double x):
    return x

def f_float(float x):
    return x

def to_float(double x):
    cdef float y = <float>x
    return y

def add(double a, float b):
    return a + b

def truediv_ints(int a, int b):
    return a / b

def mul_int(double x, long k):
    return x * k

cpdef double half(double x):
    return x / 2

cpdef float halff(float x):
    return x / 2

def trunc(double x):
    return <long>x if -1e18 < x < 1e18 else 0
