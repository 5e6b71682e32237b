# a constant index past the end of a C tuple
cdef (int, double) t = (1, 2.5)
print(t[2])
