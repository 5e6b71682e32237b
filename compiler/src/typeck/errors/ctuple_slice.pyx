# a slice of a C tuple (Cython slices a Python tuple made from it)
cdef (int, double) t = (1, 2)
print(t[0:1])
