# `continue` outside a loop
cdef int f():
    continue
