# A module Python calls: every argument conversion, defaults, docstrings,
# memoryview arguments and results, errors and tracebacks. Built by
# tests/python_build.rs with cytrus and with Cython; both answer the same
# table of calls (calls.py).
cimport cython

ctypedef double real_t
ctypedef real_t real2_t
ctypedef unsigned char byte_t

answer = 42
ratio = 0.25

def t_schar(signed char x): return x
def t_char(char x): return x
def t_uchar(unsigned char x): return x
def t_short(short x): return x
def t_ushort(unsigned short x): return x
def t_int(int x): return x
def t_uint(unsigned int x): return x
def t_long(long x): return x
def t_ulong(unsigned long x): return x
def t_llong(long long x): return x
def t_ullong(unsigned long long x): return x
def t_ssize(Py_ssize_t x): return x
def t_size(size_t x): return x
def t_double(double x): return x
def t_float(float x): return x
def t_bint(bint x): return x

def mixed(int a, double b=1.5, bint c=True):
    """Adds its arguments."""
    return a + b + c

cpdef double with_defaults(double x=-1.5, int y=0x10, bint z=False, double w=1e300):
    return x + y + z

def nothing():
    pass

cpdef float narrow(float x):
    return x

cpdef unsigned long long biggest():
    return 18446744073709551615

cpdef bint truth(int x):
    return x

def c_contig(double[:, ::1] a):
    return a[0, 0]

def f_contig(double[::1, :] a):
    return a[0, 0]

def not_none(double[:] a not None):
    return a.shape[0]

cpdef double readonly_sum(const double[:] a, int k=2):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * k
    return s

def int_sum(int[:] a):
    cdef long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def bytes_len(unsigned char[:] a):
    return a.shape[0]

def float_2d(float[:, :] a):
    return a[0, 0]

def maybe(double[:] a=None):
    if a is None:
        return -1
    return a.shape[0]

cpdef double[:] every_other(double[:] a):
    return a[::2]

cpdef double[:, :] transposed(double[:, :] a):
    return a.T

def fill(double[:] a, double v):
    a[:] = v

def new_array(int n):
    cdef double[:] out = cython.view.array(shape=(n,), itemsize=sizeof(double), format="d")
    out[:] = 1.5
    return out

cpdef int outer(int n):
    return inner(n)

cdef int inner(int n) except -1:
    if n < 0:
        raise ValueError("negative")
    return n

def raises(int n):
    if n == 1:
        raise IndexError("one")
    if n == 2:
        raise TypeError("two")
    if n == 3:
        raise ZeroDivisionError("three")
    if n == 4:
        raise OverflowError
    return 1 // n

def at(double[:] a, Py_ssize_t i):
    return a[i]

def saxpy(double a, double[:] x, double[:] y):
    cdef Py_ssize_t i
    with nogil:
        for i in range(x.shape[0]):
            y[i] = a * x[i] + y[i]

def typed_real(real_t[:] a):
    return a[0]

def typed_const_real(const real2_t[:] a):
    return a[0]

def typed_npy(real2_t[::1] a):
    return a[0]

def typed_byte(const byte_t[:] a):
    return a[0]

def float_defaults(float f=0.1, double d=1e-3, float g=1e40, float h=3, double k=-0.0):
    return f + d

cdef int fails(int x) except -1:
    if x:
        raise ValueError("raised in a callee")
    return 0

def reraise_bare(int x):
    try:
        if x:
            raise ValueError("raised here")
    except ValueError:
        raise
    return x

def reraise_unmatched(int x):
    try:
        if x:
            raise ValueError("not caught here")
    except IndexError:
        return -1
    return x

def reraise_in_callee(int x):
    try:
        fails(x)
    except ValueError:
        raise
    return x

def reraise_after_inner(int x):
    try:
        if x:
            raise ValueError("outer")
    except ValueError:
        try:
            fails(x)
        except ValueError:
            pass
        raise
    return x

def reraise_from_finally(int x):
    cdef int k = 0
    try:
        if x:
            raise ValueError("through finally")
    finally:
        k += 1
    return k

# Returned views behave as Cython's memoryview slices; each `return` of a
# def converts its own value (an int on one path, a float on another).
def ret_ident(double[:, :] a):
    return a

def ret_const(const double[:] a):
    return a

def ret_ints(int[:] a):
    return a

def ret_uints(unsigned short[:] a):
    return a

def ret_kind(int x):
    cdef unsigned int u = 3
    if x > 1:
        return -1
    if x == 1:
        return u
    if x == 0:
        return True
    return 2.5

# print writes through sys.stdout, as Cython's does
def say(int x):
    print("x is", x, x / 4, x > 0)
    return x

import numpy as np

# `return np.asarray(view)` gives Python an ndarray sharing the memory
def ret_ndarray(double[:] a):
    return np.asarray(a[::2])
