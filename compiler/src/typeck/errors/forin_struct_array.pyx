# untyped loop variable over a C array of structs
cdef struct P:
    int x
cdef P ps[2]
for p in ps:
    print(p.x)
