# %-formatting a string
cdef int n = 3
print("n = %d" % n)
