# calls a Python builtin that is not in the subset
cdef int n = 3
print(sorted(n))
