# Copying between 3-D views whose first extents differ raises ValueError
# naming the dimension and both extents; matching shapes copy.
# Inspired by Cython's tests/memoryview/memoryviewattrs.pyx
# (test_copy_mismatch).
from cython.view cimport array as cvarray

cdef int[:, :, ::1] mv1 = cvarray(shape=(2, 2, 3), itemsize=sizeof(int), format="i")
cdef int[:, :, ::1] mv2 = cvarray(shape=(3, 2, 3), itemsize=sizeof(int), format="i")
mv2[...] = 7
mv1[...] = mv2[1:]
print(mv1[0, 0, 0], mv1[1, 1, 2])
try:
    mv1[:, :1] = mv2[:2]
except ValueError as e:
    print("ValueError:", e)
mv1[...] = mv2
