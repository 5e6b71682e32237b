# catches an int
cdef int n = 1
try:
    pass
except n:
    pass
