# Indexing a view with a Python int beyond the index range and beyond the extent.
from cython.view cimport array as cvarray
cdef int[:] v = cvarray(shape=(5,), itemsize=sizeof(int), format="i")
v[:] = 1
py = 2 ** 70
try:
    print(v[py])
except OverflowError as e:
    print(e)
py = 2 ** 40
try:
    print(v[py])
except IndexError as e:
    print(e)
cdef int n = 2 ** 40 // 2 ** 39
print(n)
