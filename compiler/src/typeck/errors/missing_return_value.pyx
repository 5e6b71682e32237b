# bare `return` in a function declared to return `int`
cdef int f():
    return
