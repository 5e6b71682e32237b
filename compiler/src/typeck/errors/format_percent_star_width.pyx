# a width taken from the arguments
cdef int w = 5, n = 3
print("%*d" % (w, n))
