# libc qsort and bsearch with cdef comparators: `int f(const void*, const
# void*) noexcept nogil`, the pointers cast to typed ones inside.
from libc.stdlib cimport qsort, bsearch, malloc, free
from libc.math cimport isnan, NAN

cdef int cmp_double(const void* a, const void* b) noexcept nogil:
    cdef double x = (<const double*>a)[0]
    cdef double y = (<const double*>b)[0]
    return (x > y) - (x < y)

# NaN sorts last, as numpy's sort puts it
cdef int cmp_nan_last(const void* a, const void* b) noexcept nogil:
    cdef double x = (<double*>a)[0]
    cdef double y = (<double*>b)[0]
    if isnan(x):
        return 0 if isnan(y) else 1
    if isnan(y):
        return -1
    return (x > y) - (x < y)

cdef int cmp_int_desc(const void* a, const void* b) noexcept nogil:
    return (<const int*>b)[0] - (<const int*>a)[0]

# an argsort: indices compared through a module-level pointer to the values
cdef double* g_values = NULL

cdef int cmp_by_value(const void* a, const void* b) noexcept nogil:
    cdef Py_ssize_t i = (<const Py_ssize_t*>a)[0]
    cdef Py_ssize_t j = (<const Py_ssize_t*>b)[0]
    if g_values[i] < g_values[j]:
        return -1
    if g_values[i] > g_values[j]:
        return 1
    return (i > j) - (i < j)

cdef double median(double[::1] x) except? -1:
    cdef Py_ssize_t n = x.shape[0]
    cdef double* buf = <double*>malloc(n * sizeof(double))
    if buf == NULL:
        raise MemoryError()
    cdef Py_ssize_t i
    for i in range(n):
        buf[i] = x[i]
    qsort(buf, n, sizeof(double), cmp_double)
    cdef double m = buf[n // 2] if n % 2 else 0.5 * (buf[n // 2 - 1] + buf[n // 2])
    free(buf)
    return m

cdef double[7] v = [3.5, -1.0, 2.25, 9.0, 0.0, 2.25, -7.5]
qsort(v, 7, sizeof(double), cmp_double)
print(v)

cdef double[6] withnan = [2.0, NAN, -1.0, NAN, 0.5, 1e300]
qsort(&withnan[0], 6, sizeof(double), &cmp_nan_last)
print(withnan)

cdef int* w = <int*>malloc(8 * sizeof(int))
cdef int i
for i in range(8):
    w[i] = (i * 7) % 5
qsort(w, 8, sizeof(int), cmp_int_desc)
print(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7])
free(w)

cdef double[5] values = [0.3, -2.0, 0.3, 8.0, -2.0]
cdef Py_ssize_t[5] order = [0, 1, 2, 3, 4]
g_values = values
qsort(order, 5, sizeof(Py_ssize_t), cmp_by_value)
print(order)

cdef double[::1] xs = v
print(median(xs), median(xs[1:]), median(xs[:1]))

cdef double key = 2.25
cdef double* found = <double*>bsearch(&key, v, 7, sizeof(double), cmp_double)
print(found != NULL, found[0] if found != NULL else -1.0)
key = 4.0
found = <double*>bsearch(&key, v, 7, sizeof(double), cmp_double)
print(found == NULL)
key = 9.0
found = <double*>bsearch(&key, &v[0], 7, sizeof(double), cmp_double)
print(found - &v[0])

# an empty range and a single element are left as they are
qsort(v, 0, sizeof(double), cmp_double)
qsort(&v[3], 1, sizeof(double), cmp_double)
print(v[3])
with nogil:
    qsort(v, 7, sizeof(double), cmp_nan_last)
print(v[0], v[6])
