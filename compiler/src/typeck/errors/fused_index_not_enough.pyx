# one type for two fused types
from cython cimport floating, integral
cdef floating scale(floating x, integral k):
    return x * k
print(scale[double](3, 2))
