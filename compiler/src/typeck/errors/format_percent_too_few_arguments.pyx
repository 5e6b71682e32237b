# two conversions, one value
cdef int n = 3
print("%d of %d" % (n,))
