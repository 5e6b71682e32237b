# a printed `or` of a bint and an int call: Cython prints the operand it
# picks (True, or the int), which cytrus can only do for names and literals
cdef int g(int x):
    return x * 2
cdef bint t = False
print(t or g(3))
