# a Python list literal
cdef double x = 1.0
xs = [x, 2.0]
