# Definitions of what mod_own_pxd.pxd declares, used from this module: the
# names of the .pxd (types, fused type, extern block, inline function) are
# in scope here.

cdef count_t tally(const unsigned char* buf, Py_ssize_t size, unsigned char value) noexcept nogil:
    cdef count_t c = 0
    cdef Py_ssize_t i
    for i in range(size):
        if buf[i] == value:
            c += 1
    return c


cdef number twice(number x):
    return x + x


cdef double safe_ratio(double a, double b) except? -1.0:
    if b == 0:
        raise ZeroDivisionError("ratio with a zero denominator")
    return a / b


cpdef count_t total(count_t[::1] xs):
    cdef count_t s = 0
    cdef Py_ssize_t i
    for i in range(xs.shape[0]):
        s += clamp(xs[i], -5, 5)
    return s


cdef unsigned char[10] raw
memset(&raw[0], 3, 10)
raw[4] = 7
raw[8] = 7
print(tally(&raw[0], 10, 3), tally(&raw[0], 10, 7))
print(twice(21), twice(1.25))
cdef count_t[6] vals
cdef int i
for i in range(6):
    vals[i] = i * 4 - 9
print(total(vals), clamp(99, 0, 10), safe_ratio(3.0, 4.0))
print(safe_ratio(1.0, 0.0))
