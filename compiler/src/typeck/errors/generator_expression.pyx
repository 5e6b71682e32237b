# a generator expression
cdef int n = 3
total = sum(i for i in range(n))
