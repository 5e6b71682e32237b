# calls a def function from a nogil function
def g():
    return 0
cdef void f() nogil:
    g()
