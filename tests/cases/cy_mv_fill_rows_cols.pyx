# Scalar fills of a whole 2-D view, single rows (m[1, :], m[4, ...]) and
# single columns (m[:, 3], m[..., 5]), later fills overwriting earlier ones.
# Inspired by Cython's tests/memoryview/memoryview.pyx (test_assign_scalar).
from cython.view cimport array as cvarray

cdef int[:, :] m = cvarray(shape=(10, 10), itemsize=sizeof(int), format="i")
m[:, :] = 1
m[1, :] = 2
m[2, :] = 3
m[:, 3] = 4
m[4, ...] = 5
m[..., 5] = 6
cdef int i, j
for i in range(6):
    for j in range(m.shape[1]):
        print(m[i, j], end=" ")
    print()
print(m[9, 9], m[9, 5], m[9, 3])
