# `and` of a pointer and an int as a value (not a condition): Cython would
# need a Python object
cdef int i = 1
cdef int* p = &i
cdef int x = 2
cdef int r = p and x
