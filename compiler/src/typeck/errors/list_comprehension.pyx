# a list comprehension
cdef int n = 3
xs = [i * 2 for i in range(n)]
