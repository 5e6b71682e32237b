# A def that returns `a, b` (no declared C tuple type) gives Python a tuple
# of its items' values, nested tuples included; paths may return tuples of
# different integer widths.
def min_max(double[:] a):
    cdef double lo = 0, hi = 0
    cdef Py_ssize_t i
    if a.shape[0] > 0:
        lo = a[0]
        hi = a[0]
    for i in range(a.shape[0]):
        if a[i] < lo:
            lo = a[i]
        if a[i] > hi:
            hi = a[i]
    return lo, hi, a.shape[0]

def divmod_c(long a, long b):
    if b == 0:
        raise ZeroDivisionError("b is zero")
    return a // b, a % b

def flags(int k):
    cdef bint pos = k > 0
    cdef unsigned char low = k & 255
    return pos, low, (k * 0.5, -k)

def single(float x):
    return (x,)

def widths(int k, bint wide):
    cdef long long big = k
    cdef short small = 7
    if wide:
        return big, small
    return k, 1

def count_above(int[:, :] m, int t):
    cdef Py_ssize_t i, j, n = 0, rows = 0
    cdef bint any_row
    for i in range(m.shape[0]):
        any_row = False
        for j in range(m.shape[1]):
            if m[i, j] > t:
                n += 1
                any_row = True
        if any_row:
            rows += 1
    return n, rows
