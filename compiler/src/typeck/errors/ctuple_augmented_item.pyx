# an in-place update of a C tuple item (Cython raises TypeError at run time)
cdef (int, double) t = (1, 2)
t[0] += 5
