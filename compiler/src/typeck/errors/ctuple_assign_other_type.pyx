# C tuples of different member types do not convert
cdef (int, double) t = (1, 2)
cdef (int, int) u = t
