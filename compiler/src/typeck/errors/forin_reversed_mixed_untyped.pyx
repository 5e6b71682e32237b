# untyped loop variable over reversed int and double items
cdef int a = 7
for v in reversed([0.5, a]):
    print(v)
