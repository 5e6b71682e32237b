# a chained assignment gives each target the same value (Cython: Cannot assign type 'double' to 'int')
cdef int a
cdef double x = 2
a = b = x
