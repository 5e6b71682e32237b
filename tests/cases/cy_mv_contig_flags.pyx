# is_c_contig / is_f_contig on one-element arrays (both true), on a
# Fortran array, on its C and Fortran copies, and on a stepped slice.
# Inspired by Cython's tests/memoryview/memoryviewattrs.pyx
# (test_is_contiguous) and tests/memoryview/contig_check.pyx.
from cython.view cimport array as cvarray

def main():
    cdef int[::1, :, :] fort = cvarray(shape=(1, 1, 1), itemsize=sizeof(int), format="i", mode="fortran")
    cdef int[:, :, :] strided = fort
    print("one sized", fort.is_c_contig(), fort.is_f_contig())
    fort = cvarray(shape=(2, 2, 2), itemsize=sizeof(int), format="i", mode="fortran")
    print("fortran", fort.is_c_contig(), fort.is_f_contig())
    print("copy", fort.copy().is_c_contig(), fort.copy().is_f_contig())
    print("copy_fortran", fort.copy_fortran().is_c_contig(), fort.copy_fortran().is_f_contig())
    print("one sized strided", strided.is_c_contig(), strided.is_f_contig())
    strided = fort
    print("stepped", strided[::2].is_c_contig(), strided[::2].is_f_contig(), strided[:, :1].is_f_contig())
    cdef double[:, :] m = cvarray(shape=(4, 1), itemsize=sizeof(double), format="d")
    print("column", m.is_c_contig(), m.is_f_contig(), m.T.is_c_contig(), m[:1].is_f_contig())

main()
