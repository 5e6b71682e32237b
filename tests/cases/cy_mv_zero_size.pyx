# Zero-extent slices: an empty 1-D slice accepted by a ::1 view, an empty
# middle axis of a 3-D view (size 0, loops do not run), and filling or
# copying an empty slice. Inspired by Cython's
# tests/memoryview/relaxed_strides.pyx (test_zero_sized,
# test_zero_sized_multidim_ccontig).
from cython.view cimport array as cvarray

cdef double[::1] a = cvarray(shape=(10,), itemsize=sizeof(double), format="d")
a[:] = 1.0
cdef double[::1] e = a[2:2]
print(e.shape[0], e.size, len(e), e.is_c_contig(), e.is_f_contig())
e[:] = 5.0
a[7:3] = 9.0
a[3:7][2:2] = e
print(a[2], a[3], a[7])
cdef double[:, :, ::1] z = cvarray(shape=(4, 4, 4), itemsize=sizeof(double), format="d")
cdef double[:, :, :] zz = z[::2, 2:2, ::2]
print(zz.shape[0], zz.shape[1], zz.shape[2], zz.size, zz.nbytes)
cdef int i, j, n = 0
for i in range(zz.shape[0]):
    for j in range(zz.shape[1]):
        n += 1
print(n)
cdef double[:, :, ::1] zc = z[:, 2:2, :]
print(zc.shape[1], zc.is_c_contig())
