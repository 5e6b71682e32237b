# two loop targets without enumerate
cdef int carr[2]
for a, b in carr:
    print(a, b)
