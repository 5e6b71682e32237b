# a def fused function over floats called with an int (Cython: TypeError at run time)
from cython cimport floating
def half(floating x):
    return x / 2
print(half(3))
