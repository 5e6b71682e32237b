# copy() and copy_fortran() of a 5x4 int view: element strides (4, 1) and
# (1, 5), equal contents, contiguity flags, and independence from the
# source. Inspired by Cython's tests/memoryview/numpy_memoryview.pyx
# (test_copy_and_contig_attributes).
from cython.view cimport array as cvarray

cdef int[:, :] m = cvarray(shape=(5, 4), itemsize=sizeof(int), format="i")
cdef int i, j
for i in range(5):
    for j in range(4):
        m[i, j] = i * 4 + j
cdef int[:, :] c = m.copy()
cdef int[:, :] f = m.copy_fortran()
print(m.strides[0], m.strides[1], c.strides[0], c.strides[1], f.strides[0], f.strides[1])
cdef int bad = 0
for i in range(5):
    for j in range(4):
        if c[i, j] != m[i, j] or f[i, j] != m[i, j]:
            bad += 1
print(bad, m.is_c_contig(), c.is_c_contig(), f.is_f_contig(), m.is_f_contig())
m[0, 0] = -1
print(c[0, 0], f[0, 0], (&f[0, 0])[1], (&c[0, 0])[1])
cdef int[:, :] fc = f.copy()
cdef int[:, :] cf = c[::2, ::-1].copy_fortran()
print(fc.strides[0], cf.strides[0], cf.strides[1], cf[0, 0], cf[2, 3], cf.shape[0])
