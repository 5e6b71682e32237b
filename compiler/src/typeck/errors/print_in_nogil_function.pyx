# `print` inside a nogil function
cdef void f() nogil:
    print(1)
