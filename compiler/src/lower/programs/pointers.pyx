# Pointer arithmetic, differences and dereferences.
cdef long span(double *p, int n):
    cdef double *q = p + n
    q[-1] = 2.0
    p[0] = q[-1]
    return q - p
