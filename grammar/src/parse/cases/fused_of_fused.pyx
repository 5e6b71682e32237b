from cython cimport floating
ctypedef fused A:
    floating
    double
    int
