# prints a struct holding a char array (Cython reads it as a C string)
cdef struct Name:
    char text[4]
cdef Name n
print(n)
