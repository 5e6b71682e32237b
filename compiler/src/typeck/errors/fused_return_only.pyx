# a fused return type that no parameter fixes
from cython cimport floating
cdef floating zero(int n):
    return 0
