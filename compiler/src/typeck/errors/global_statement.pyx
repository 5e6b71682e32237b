# a `global` statement
cdef int counter = 0
cdef void bump():
    global counter
    counter += 1
