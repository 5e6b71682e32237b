# A second module: statistics over a const view.
cimport cython
from cython cimport view
cpdef double mean(const double[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s / v.shape[0]

cpdef double trace(double[::view.indirect, ::1] m):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(min(m.shape[0], m.shape[1])):
        s += m[i, i]
    return s

@cython.ccall
@cython.returns(cython.double)
def first(const double[:] v not None):
    """The first element; `None` is refused."""
    return v[0]
