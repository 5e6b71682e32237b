# Too many indices for a 2-D view.
cdef double get(double[:, :] m):
    return m[0, 1, 2]
