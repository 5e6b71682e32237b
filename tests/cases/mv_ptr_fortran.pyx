# Views from pointers in Fortran order, with shapes and strides printed.
from libc.stdlib cimport malloc, free
def main():
    cdef int *p = <int *>malloc(12 * sizeof(int))
    cdef int i, j
    for i in range(12):
        p[i] = i
    cdef int[::1, :] f = <int[:3:1, :4]>p
    print(f.shape[0], f.shape[1], f.strides[0], f.strides[1])
    print(f[1, 2], f[2, 3], f[0, 1])
    print(f.is_f_contig(), f.is_c_contig())
    cdef int[:, ::1] c = <int[:3, :4]>p
    print(c[1, 2], c.strides[0])
    cdef int[:, :] t = f.T
    print(t[2, 1], t.is_c_contig())
    cdef int[:, :] cp = f.copy()
    print(cp[1, 2], cp.strides[0], cp.strides[1])
    free(p)
main()
