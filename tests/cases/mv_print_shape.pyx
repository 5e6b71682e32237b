# Printing .shape/.strides/.suboffsets lists of views, slices, None views, and attribute arithmetic.
from cython.view cimport array as cvarray
def main():
    cdef int[:, :] m = cvarray(shape=(3, 4), itemsize=sizeof(int), format="i")
    print(m.shape)
    print(m.strides)
    print(m.suboffsets)
    print(m[::2, ::-1].strides, m.T.shape)
    cdef int[:] r = m[1]
    print(r.shape, r.strides)
    cdef int[:, :, :] e = m[None]
    print(e.shape, e.strides)
    cdef int[:, :] n = None
    print(n.shape, n.strides)
    print(m.size * m.itemsize == m.nbytes, len(m.T), m[:0].size, m[:, 1:].nbytes)
    print(m.shape[0] - m.shape[1], m.strides[1] // m.strides[0], -m.shape[0] / 2)
main()
