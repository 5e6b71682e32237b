# a double item for an int loop variable
cdef int x
for x in (1, 2.5):
    print(x)
