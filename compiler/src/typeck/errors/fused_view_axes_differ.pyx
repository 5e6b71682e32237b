# a contiguous view where the fused parameter is strided: no specialisation takes it
from cython cimport floating
from cython cimport view
cdef floating first(floating[:] v):
    return v[0]
cdef double[::1] d = view.array(shape=(2,), itemsize=8, format="d")
print(first(d))
