# enumerate with a single loop target
cdef int carr[3]
for x in enumerate(carr):
    print(x)
