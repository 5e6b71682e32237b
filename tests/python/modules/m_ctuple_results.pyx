# C tuple results from def and cpdef functions: Python tuples of the items
# converted one by one (ints, floats, bint, unsigned, Py_ssize_t, nested
# tuples), and an exception raised in a function that returns one.
cpdef (int, double) cpair(int k):
    return k * 3, k * 0.5

def typed(long k):
    cdef (bint, long, unsigned int) t = (k > 0, -k, <unsigned int>(k * k))
    return t

def nested(double x):
    cdef ((int, int), double) t = ((1, 2), x)
    return t

def sizes(Py_ssize_t n, float f):
    cdef (Py_ssize_t, float, unsigned long long) t = (n, f, 18446744073709551615ULL)
    return t

def checked(int k):
    cdef (int, int) t
    if k < 0:
        raise ValueError("negative")
    t = (k, k + 1)
    return t

cpdef (double, double) divmod_f(double a, double b):
    if b == 0:
        raise ZeroDivisionError("b is zero")
    return a // b, a % b
