# untyped loop variable over bint and int items
cdef int a = 2
for x in (a > 1, a):
    print(x)
