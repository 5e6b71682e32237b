from libc.stdlib cimport qsort

cdef int by_value(const void* a, const void* b) noexcept nogil:
    cdef double x = (<const double*>a)[0]
    cdef double y = (<const double*>b)[0]
    return (x > y) - (x < y)

def sort3(double a, double b, double c):
    cdef double[3] v = [a, b, c]
    cdef int *steps = [1, -1]
    qsort(v, 3, sizeof(double), by_value)
    print(v, steps[1])
