# A float used as an index.
cdef double get(double[:] v, double x):
    return v[x]
