# unknown directive name `nosuchdirective` in the directive comment
# cython: nosuchdirective=True
cdef int x = 0
