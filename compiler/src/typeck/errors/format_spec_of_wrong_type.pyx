# a spec for ints used on a double
cdef double x = 1.5
print(f"{x:d}")
