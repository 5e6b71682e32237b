# `with gil:` in a function that already holds the GIL
cdef void f():
    with gil:
        pass
