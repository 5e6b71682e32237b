cdef double total(double[:] v):
    return sum([v[i] for i in range(v.shape[0])])
