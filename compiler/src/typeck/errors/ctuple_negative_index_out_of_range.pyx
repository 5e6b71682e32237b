# a negative constant index before the start of a C tuple
cdef (int, double) t = (1, 2.5)
print(t[-3])
