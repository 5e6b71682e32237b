# three values for a C tuple of two
cdef (int, double) t = (1, 2, 3)
