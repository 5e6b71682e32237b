# The module's own declarations, read before mod_own_pxd.pyx: a typedef, a
# fused type, C functions of string.h, an inline helper with its body, and
# the cdef/cpdef functions the .pyx defines (with other parameter names).
cdef extern from "string.h" nogil:
    void *memset(void *s, int c, size_t n)

ctypedef long count_t

ctypedef fused number:
    int
    double

cdef inline count_t clamp(count_t x, count_t lo, count_t hi) noexcept nogil:
    return lo if x < lo else (hi if x > hi else x)

cdef count_t tally(const unsigned char* data, Py_ssize_t n, unsigned char v) noexcept nogil
cdef number twice(number x)
cdef double safe_ratio(double a, double b) except? -1.0
cpdef count_t total(count_t[::1] xs)
