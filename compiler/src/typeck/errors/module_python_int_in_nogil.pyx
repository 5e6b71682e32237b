# a module-level untyped integer (a Python int) read in nogil
n = 5
cdef int k
with nogil:
    k = n
