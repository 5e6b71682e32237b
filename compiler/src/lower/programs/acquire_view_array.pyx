# A cython.view.array owns its memory: acquisition, release on every exit.
from cython cimport view

cdef double first():
    cdef double[:] v = view.array(shape=(4,), itemsize=sizeof(double), format="d")
    v[:] = 1.5
    return v[0]

print(first())
