# Uncaught ValueError: zero slice step given at run time.
from cython.view cimport array as cvarray
cdef int[:] v = cvarray(shape=(4,), itemsize=sizeof(int), format="i")
cdef int st = 2
print(v[::st].shape[0])
st = 0
print(v[::st].shape[0])
