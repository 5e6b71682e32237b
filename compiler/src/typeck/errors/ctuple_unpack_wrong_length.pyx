# unpacks a C tuple of two into three names
cdef (int, double) t = (1, 2)
a, b, c = t
