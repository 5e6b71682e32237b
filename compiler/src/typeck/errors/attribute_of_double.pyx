# attribute access on a double
cdef double d = 1.0
print(d.real2)
