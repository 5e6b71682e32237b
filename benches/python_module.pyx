# The 12-function module of benches/python_bench.py: built with
# `cytrus build --python` and with `cythonize -3 -i`, then called from Python.

def saxpy(double a, double[:] x, double[:] y):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] = a * x[i] + y[i]

def first(double[:, :] a):
    return a[0, 0]

def noop():
    pass

def add(int a, int b):
    return a + b

def dot(const double[:] a, const double[:] b):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

def total(const double[:, ::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s

def scale(double[:, :] a, double k):
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] *= k

def argmax(const double[:] a):
    cdef Py_ssize_t i, best = 0
    for i in range(a.shape[0]):
        if a[i] > a[best]:
            best = i
    return best

def clip(double[:] a, double lo=0.0, double hi=1.0):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        if a[i] < lo:
            a[i] = lo
        elif a[i] > hi:
            a[i] = hi

cpdef double norm2(const double[:] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return s

def count_in(const long[:] v, long lo, long hi):
    cdef long n = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        if lo <= v[i] < hi:
            n += 1
    return n

def checked_div(double a, double b):
    if b == 0:
        raise ZeroDivisionError("b is zero")
    return a / b
