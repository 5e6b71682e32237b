# View assignment with broadcasting of missing axes and extents of 1; overlapping copies.
from cython.view cimport array as cvarray
cdef void show(int[:, :] m):
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            print(m[i, j], end=" ")
    print()
def main():
    cdef int[:, :] m = cvarray(shape=(3, 4), itemsize=sizeof(int), format="i")
    cdef int[:] row = cvarray(shape=(4,), itemsize=sizeof(int), format="i")
    cdef int i
    for i in range(4):
        row[i] = i + 1
    m[:, :] = row
    show(m)
    m[...] = row[::-1]
    show(m)
    m[:, :] = m[0:1, :]
    show(m)
    m[:2, :] = 7
    m[:, 1:] = m[:, :3]
    show(m)
    m[:, :3] = m[:, 1:]
    show(m)
    m[::-1, :] = m
    show(m)
    m[:, 0] = row[1:]
    show(m)
    m[1:, :] = m[:2, :]
    show(m)
main()
