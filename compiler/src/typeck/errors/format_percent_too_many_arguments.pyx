# one conversion, two values
cdef int a = 1, b = 2
print("%d" % (a, b))
