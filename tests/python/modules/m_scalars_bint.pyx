# pydiff: extremes
# bint arguments take a truth value; results are bool.

def ident(bint b):
    return b

def both(bint a, bint b):
    return a and b

def either(bint a, bint b):
    return a or b

def negate(bint a):
    return not a

cpdef bint is_pos(double x):
    return x > 0

cpdef bint in_range(int k, int lo, int hi):
    return lo <= k < hi

def count_true(bint a, bint b, bint c):
    cdef int n = 0
    if a:
        n += 1
    if b:
        n += 1
    if c:
        n += 1
    return n
