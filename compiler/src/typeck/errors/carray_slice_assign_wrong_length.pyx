# a slice of 2 elements assigned an array of 3
cdef int a[6]
cdef int b[3]
a[1:3] = b
