# f[int] where the fused type is (float, double) (Cython: Type not in fused type)
from cython cimport floating
cdef floating half(floating x):
    return x / 2
print(half[int](3))
