# assigns `None` to an `int` variable
cdef int x = None
