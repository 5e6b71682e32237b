# 2-D slices with steps, .T of slices, copies of transposed/strided views.
from cython.view cimport array as cvarray
cdef void show(int[:, :] m):
    cdef Py_ssize_t i, j
    print("shape", m.shape[0], m.shape[1], "strides", m.strides[0], m.strides[1], m.is_c_contig(), m.is_f_contig())
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            print(m[i, j], end=" ")
        print()
def main():
    cdef int[:, :] m = cvarray(shape=(4, 5), itemsize=sizeof(int), format="i")
    cdef int i, j
    for i in range(4):
        for j in range(5):
            m[i, j] = i * 10 + j
    show(m[::2, 1::2])
    show(m[::-1, ::-2].T)
    show(m.T[1:3])
    cdef int[:, :] c = m[1:3, ::-1].T.copy()
    show(c)
    cdef int[:, ::1] cc = m.T.copy()
    show(cc[::2])
    cdef int[::1, :] f = m[:, 1:4].copy_fortran()
    show(f)
    show(f.T)
    show(m[1:2, :].T)
    show(m[:, 2:3])
main()
