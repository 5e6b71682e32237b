# Overlapping copies within one 2-D buffer: shifted rows/cols, transposed self-assignment.
from cython.view cimport array as cvarray
cdef void show(long[:, :] m):
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            print(m[i, j], end=" ")
        print("|", end=" ")
    print()
def main():
    cdef long[:, :] m = cvarray(shape=(4, 4), itemsize=sizeof(long), format="l")
    cdef int i, j
    for i in range(4):
        for j in range(4):
            m[i, j] = i * 4 + j
    m[1:, 1:] = m[:3, :3]
    show(m)
    m[:3, :3] = m[1:, 1:]
    show(m)
    m[:, :] = m.T
    show(m)
    m[::-1, ::-1] = m
    show(m)
    m[0, :] = m[:, 0]
    show(m)
    cdef long[:] flat = <long[:16]>&m[0, 0]
    flat[2:] = flat[:14]
    show(m)
    flat[::2] = flat[1::2]
    show(m)
main()
