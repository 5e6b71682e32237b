# Functions reading module-level cdef scalars and views; module-level loops and try.
from cython.view cimport array as cvarray
cdef int scale = 3
cdef double[:] table = cvarray(shape=(4,), itemsize=sizeof(double), format="d")
cdef int i
for i in range(4):
    table[i] = i * 1.5
cdef double lookup(int k) except? -1.0:
    return table[k] * scale
def total():
    cdef double s = 0
    cdef int j
    for j in range(table.shape[0]):
        s += lookup(j)
    return s
print(total(), lookup(-1))
scale = -1
print(total())
table[0] = 100.0
print(lookup(0), i)
for i in range(3, 6):
    try:
        print(lookup(i))
    except IndexError as e:
        print(i, e)
        break
else:
    print("no break")
print("end", i)
