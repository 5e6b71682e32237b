# a fused type defined inside a function (Cython: Fused type definition not allowed here)
cdef void f():
    ctypedef fused real:
        float
        double
