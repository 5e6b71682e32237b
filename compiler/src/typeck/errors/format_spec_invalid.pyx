# a spec Python rejects for every int
cdef int n = 65
print(f"{n:,c}")
