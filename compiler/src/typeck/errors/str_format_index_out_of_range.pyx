# an index past the arguments
cdef int n = 3
print("{0} {1}".format(n))
