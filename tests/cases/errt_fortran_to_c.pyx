# Uncaught ValueError: Fortran-ordered cvarray acquired as a C-contiguous view.
from cython.view cimport array as cvarray
cdef double[::1, :] f = cvarray(shape=(2, 3), itemsize=sizeof(double), format="d", mode="fortran")
print(f.strides[0], f.strides[1])
cdef double[:, ::1] c = cvarray(shape=(2, 3), itemsize=sizeof(double), format="d", mode="fortran")
print("unreached")
