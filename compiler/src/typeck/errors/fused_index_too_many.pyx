# two types for one fused type (Cython: Too many types specified)
from cython cimport floating
cdef floating half(floating x):
    return x / 2
print(half[float, double](3))
