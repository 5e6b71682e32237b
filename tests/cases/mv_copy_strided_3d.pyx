# copy() and copy_fortran() of strided 3-D views; strides of the results.
from cython.view cimport array as cvarray
def main():
    cdef short[:, :, :] a = cvarray(shape=(3, 4, 5), itemsize=sizeof(short), format="h")
    cdef int i, j, k
    for i in range(3):
        for j in range(4):
            for k in range(5):
                a[i, j, k] = i * 100 + j * 10 + k
    cdef short[:, :, :] s = a[::2, 1::2, ::-2]
    print(s.shape[0], s.shape[1], s.shape[2], s.strides[0], s.strides[1], s.strides[2])
    cdef short[:, :, ::1] c = s.copy()
    print(c.strides[0], c.strides[1], c.strides[2], c[1, 1, 0], c[0, 0, 2])
    cdef short[::1, :, :] f = s.copy_fortran()
    print(f.strides[0], f.strides[1], f.strides[2], f[1, 1, 0], f[1, 0, 1])
    cdef short[:, :, :] t = a.T
    cdef short[:, :, ::1] tc = t.copy()
    print(tc.shape[0], tc.shape[2], tc[4, 3, 2], tc.strides[0])
    cdef short[::1, :, :] tf = t.copy_fortran()
    print(tf[4, 3, 2], tf.strides[2], tf.is_f_contig(), tf.is_c_contig())
    c[0, 0, 0] = -1
    print(a[0, 1, 4], s[0, 0, 0])
main()
