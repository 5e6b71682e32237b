# Defaults and keywords.

def one(int a, int b=2):
    return a * 10 + b

def many(double x, double y=1.5, long k=-3, bint flag=True):
    if flag:
        return x + y + k
    return x - y - k

def neg_default(int a=-1, unsigned char c=255):
    return a + c

def float_default(float f=0.1, double d=1e-3):
    return f + d

def view_default(double[:] a, Py_ssize_t start=0, Py_ssize_t stop=-1):
    cdef double s = 0
    cdef Py_ssize_t i
    if stop < 0:
        stop = a.shape[0]
    for i in range(start, stop):
        s += a[i]
    return s

cpdef double cp_default(double x, double scale=2.0, int times=1):
    return x * scale * times

def expr_default(int a=2 * 3 + 1, long b=1 << 4):
    return a + b
