# an untyped local holding a Python int (it is multiplied) read in nogil
def f():
    n = 5
    n = n * 3
    cdef int k
    with nogil:
        k = n
