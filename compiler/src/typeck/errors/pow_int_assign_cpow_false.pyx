# with cpow=False set explicitly, int ** int (a double) assigned to an int
# cython: cpow=False
cdef int a = 2
cdef int b = 3
cdef int r = a ** b
