# ctypedef inside a function (Cython: ctypedef statement not allowed here)
cdef void f():
    ctypedef double real_t
