# d[i] //= 2 on a double memoryview element: Cython emits C `/=` (true division).
from cython.view cimport array as cvarray
cdef double[:] d = cvarray(shape=(2,), itemsize=sizeof(double), format="d")
d[0] = 7.0
d[1] = -7.0
d[0] //= 2
d[1] //= 2
print(d[0], d[1])
