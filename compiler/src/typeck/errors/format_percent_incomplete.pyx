# an incomplete conversion
cdef int n = 3
print("100%" % n)
