# a keyword not given
cdef int n = 3
print("{count}".format(n))
