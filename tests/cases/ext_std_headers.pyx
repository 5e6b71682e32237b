# Standard headers declared by hand in `cdef extern from` blocks (as pandas
# and scikit-image do): math.h functions and macros (signbit, isnan are
# macros), string.h on the data of views, stdlib.h's qsort-free helpers,
# `<...>` header spelling, and unnamed parameters.
cdef extern from "math.h" nogil:
    double fabs(double)
    double hypot(double x, double y)
    double copysign(double, double)
    bint signbit(double x)
    bint isnan(double x)
    double NAN
    const double HUGE_VAL

cdef extern from "string.h" nogil:
    void *memmove(void *dest, const void *src, size_t n)
    void *memset(void *s, int c, size_t n)
    int memcmp(const void *a, const void *b, size_t n)

cdef extern from "<stdlib.h>":
    int abs(int)
    long labs(long x)

cdef double[8] buf
cdef double[::1] v = buf
cdef int i
for i in range(8):
    v[i] = i * 1.5 - 4
memmove(&v[1], &v[0], 5 * sizeof(double))
print(v[0], v[1], v[5], v[6])
memset(&v[0], 0, 2 * sizeof(double))
print(v[0], v[1], v[2], memcmp(&v[0], &v[1], sizeof(double)) == 0)
print(fabs(-2.5), hypot(3, 4), copysign(2.0, -0.0), signbit(-0.0), signbit(1.0))
print(isnan(NAN), isnan(1.0), HUGE_VAL > 1e308, abs(-7), labs(-70000000000))
cdef double x = NAN
with nogil:
    x = fabs(x) if not isnan(x) else -1.0
print(x)
