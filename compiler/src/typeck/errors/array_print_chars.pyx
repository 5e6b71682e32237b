# printing a char array (Cython makes bytes of it, up to the first NUL)
cdef char[3] s = [65, 66, 0]
print(s)
