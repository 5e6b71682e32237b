# automatic and manual numbering mixed
cdef int n = 3
print("{} {0}".format(n))
