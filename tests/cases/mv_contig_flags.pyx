# is_c_contig / is_f_contig on slices, 1-element and empty views, 3-D arrays.
from cython.view cimport array as cvarray
def main():
    cdef double[:, :, :] a = cvarray(shape=(2, 3, 4), itemsize=sizeof(double), format="d")
    print(a.is_c_contig(), a.is_f_contig())
    print(a[0].is_c_contig(), a[:, 0].is_c_contig(), a[:, :, 0].is_f_contig())
    print(a[1:2].is_c_contig(), a[:, 1:2].is_c_contig(), a[:, :, 1:2].is_c_contig())
    print(a[:1, :1].is_c_contig(), a[:1, :1].is_f_contig())
    print(a[0, 0].is_c_contig(), a[0, 0].is_f_contig(), a[0, :, 0].is_f_contig())
    print(a[:, :1, :1].is_f_contig(), a[:1, :1, :1].is_f_contig(), a.T.is_f_contig())
    print(a[::-1].is_c_contig(), a[:, :, ::2].is_c_contig(), a[0:0].is_c_contig())
    cdef double[::1, :] f = cvarray(shape=(3, 2), itemsize=sizeof(double), format="d", mode="fortran")
    print(f.is_c_contig(), f.is_f_contig(), f[:, 0].is_c_contig(), f[0:1].is_f_contig())
    print(f.strides[0], f.strides[1], f.T.strides[0], f.T.is_c_contig())
main()
