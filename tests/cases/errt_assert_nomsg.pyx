# Uncaught AssertionError without message at top level.
cdef int n = 3
print("before", n)
assert n < 3
print("unreached")
