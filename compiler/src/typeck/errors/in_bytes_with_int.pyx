# an int in a bytes literal
cdef int n = 67
print(n in b"ABC")
