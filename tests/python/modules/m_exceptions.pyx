# pydiff: extremes
# Exceptions raised with messages, from def, cpdef and cdef functions.

def check_positive(int x):
    if x <= 0:
        raise ValueError("x must be positive")
    return x

def kinds(int k):
    if k == 0:
        raise IndexError("index zero")
    elif k == 1:
        raise TypeError("bad type")
    elif k == 2:
        raise ZeroDivisionError("zero")
    elif k == 3:
        raise OverflowError("too big")
    elif k == 4:
        raise MemoryError("no memory")
    elif k == 5:
        raise BufferError("buffer")
    elif k == 7:
        raise AttributeError("attr")
    elif k == -1:
        raise ValueError()
    return k

def asserting(int x):
    assert x != 3, "x is three"
    assert x != 4
    return x

cdef int inner(int x) except -1:
    if x > 5:
        raise ValueError("inner failed")
    return x if x != -1 else 0

def outer(int x):
    return inner(x) + 1

cdef double inner_q(double x) except? -1.0:
    if x < 0:
        raise ValueError("negative")
    return x

cpdef double cp_outer(double x):
    return inner_q(x) * 2

def caught(int x):
    try:
        inner(x)
    except ValueError as e:
        return -1
    return x

def reraise(int x):
    try:
        inner(x)
    except ValueError:
        raise
    return 0

def finally_runs(int x):
    cdef int r = 0
    try:
        r = inner(x)
    finally:
        r += 100
    return r

def int_divzero(int a, int b):
    return a // b

def float_divzero(double a, double b):
    return a / b

def range_zero_step(int step):
    cdef int s = 0
    cdef int i
    for i in range(0, 10, step):
        s += i
    return s
