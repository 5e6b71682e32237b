# Views made by casting malloc'ed pointers in C and Fortran order (the ::1
# marker on the last or first axis), with run-time extents, 2-D and 3-D.
# Inspired by Cython's tests/memoryview/cythonarray.pyx
# (test_array_from_pointer, test_array_from_pointer_3d).
from libc.stdlib cimport malloc, free

cdef int *getp(int d1, int d2, int d3) except NULL:
    print("getp()")
    cdef int *p = <int *>malloc(d1 * d2 * d3 * sizeof(int))
    if p == NULL:
        raise MemoryError()
    cdef int k
    for k in range(d1 * d2 * d3):
        p[k] = k
    return p

cdef int *p = getp(10, 10, 1)
cdef int[:, ::1] ms = <int[:10, :10]> p
cdef int[::1, :] mf = <int[:10:1, :10]> p
print(ms[6, 9], ms[5, 6], mf[6, 9], mf[5, 6], ms.strides[0], mf.strides[1])
free(p)
cdef int m = 12, n = 10
p = getp(m, n, 1)
ms = <int[:m, :n]> p
print(ms[m - 1, n - 1], ms.shape[0], ms.shape[1])
free(p)
p = getp(2, 2, 2)
cdef int[:, :, ::1] m1 = <int[:2, :2, :2:1]> p
cdef int[::1, :, :] m2 = <int[:2:1, :2, :2]> p
print(m1[0, 1, 1], m2[1, 1, 0], m1.is_c_contig(), m2.is_f_contig(), m2.strides[2])
free(p)
