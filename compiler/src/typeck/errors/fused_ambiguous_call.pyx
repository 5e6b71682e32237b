# an int argument fits float and double equally (Cython: ambiguous overloaded method)
from cython cimport floating
cdef floating half(floating x):
    return x / 2
print(half(1))
