# Untyped locals assigned from a view take C types: an element is a
# double, an index or slice is a view (writes go through to the data).
# Inspired by Cython's tests/memoryview/memoryview.pyx (type_infer).
from cython.view cimport array as cvarray

def infer(double[:, :] arg):
    a = arg[0, 0]
    b = arg[0]
    c = arg[0, :]
    d = arg[:, :]
    print(a / 4, b[1], c[2], d[1, 2], b.shape[0], d.shape[0])
    b[1] = -1
    a = a + 0.5
    print(arg[0, 1], c[1], a)

cdef double[:, ::1] m = cvarray(shape=(2, 3), itemsize=sizeof(double), format="d")
cdef int i, j
for i in range(2):
    for j in range(3):
        m[i, j] = i * 3 + j + 1
infer(m)
