# a run-time index into a C tuple (Cython indexes a Python tuple made from it)
cdef (int, double) t = (1, 2.5)
cdef int i = 0
print(t[i])
