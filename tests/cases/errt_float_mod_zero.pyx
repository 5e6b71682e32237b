# Uncaught ZeroDivisionError from float % zero.
cdef double x = 5.0
cdef double y = 2.0
print(x % y)
y -= 2.0
print(x % y)
