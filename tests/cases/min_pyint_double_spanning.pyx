# max() and conditional expressions mixing a Python int and a double give Python objects in Cython (3 stays an int).
py = 3
cdef double d = 2.5
cdef int n = 1
print(max(py, d), py if n else d)
