# a memoryview as a parameter of a C function of an extern block
cdef extern from "kernels.h":
    double total(double[:] v)
