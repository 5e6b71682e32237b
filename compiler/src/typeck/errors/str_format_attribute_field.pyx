# an attribute of a field
cdef double x = 3.0
print("{0.real}".format(x))
