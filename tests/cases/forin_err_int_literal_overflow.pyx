# a literal too large for an int target raises at its iteration
cdef int x
for x in (1, 12345678901, 3):
    print(x)
