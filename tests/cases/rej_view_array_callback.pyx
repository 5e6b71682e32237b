# cython.view.array with allocate_buffer=False, .data and .callback_free_data (the documented pattern).
from libc.stdlib cimport malloc, free
from cython cimport view
cdef double *p = <double *>malloc(4 * sizeof(double))
p[0] = 1.5
cdef view.array a = view.array(shape=(4,), itemsize=sizeof(double), format="d", allocate_buffer=False)
a.data = <char *>p
a.callback_free_data = free
cdef double[:] v = a
print(v[0])
