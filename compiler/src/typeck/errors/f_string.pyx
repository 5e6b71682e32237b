# an f-string
cdef int n = 3
print(f"n = {n}")
