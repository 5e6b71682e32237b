# `except -1` on a `void` function
cdef void f() except -1:
    pass
