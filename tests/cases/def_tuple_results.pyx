# A def that returns `a, b` gives a Python tuple of its items' values:
# printed, indexed, unpacked and taken as a C tuple by module code.
cdef unsigned int U = 4000000000

def stats(double[:] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s, a.shape[0]

def mixed(int k):
    cdef bint flag = k > 0
    cdef char c = 65
    return (k, flag, c, U, 7, -2.5, (k * 2, k / 4))

def one(long v):
    return (v,)

def branches(int k):
    if k > 0:
        return k, 1.5
    return -k, 0.5

def widths(int k):
    cdef long big = k
    cdef unsigned char small = 200
    cdef unsigned long wide = 5
    cdef float f = 0.5
    if k > 0:
        return k, 1, (small, f)
    return big, 2, (wide, 0.25)

cdef double[4] craw = [1, 2, 3, 4.5]
cdef double[:] raw = craw
print(stats(raw))
print(mixed(3), mixed(-1))
print(one(12), branches(2), branches(-3))
print(widths(3), widths(-3))
r = stats(raw)
print(r[0], r[1])
total, count = stats(raw)
print(total / count)
cdef (double, Py_ssize_t) ct = stats(raw)
print(ct[0] + ct[1])
