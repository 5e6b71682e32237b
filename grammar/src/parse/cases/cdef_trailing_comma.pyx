# A trailing comma after the last declarator of a cdef line (Cython allows it).
cdef double a, b,
cdef int c = 2,
def f():
    cdef long *p, q,
