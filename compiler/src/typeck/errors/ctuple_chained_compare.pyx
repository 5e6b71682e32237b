# a chained comparison of C tuples
cdef (int, double) a = (1, 2)
cdef (int, double) b = (1, 3)
cdef (int, double) c = (1, 4)
print(a < b < c)
