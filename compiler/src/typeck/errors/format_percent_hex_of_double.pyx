# %x takes integers only
cdef double x = 2.0
print("%x" % x)
