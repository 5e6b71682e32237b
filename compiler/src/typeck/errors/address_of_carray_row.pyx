# the address of a row of a 2-D C array is a pointer to an array
cdef int x[2][3]
p = &x[1]
