# assigns a 4-element C array to a 3-element C array
cdef double a[3]
cdef double b[4]
a = b
