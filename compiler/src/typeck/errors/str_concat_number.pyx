# a number added to a string
cdef int n = 3
print("n = " + n)
