# None axes and ellipsis in various positions, shapes and strides.
from cython.view cimport array as cvarray
def main():
    cdef int[:, :] m = cvarray(shape=(2, 3), itemsize=sizeof(int), format="i")
    cdef int i, j
    for i in range(2):
        for j in range(3):
            m[i, j] = i * 3 + j
    cdef int[:, :, :] a = m[None, :, :]
    print(a.shape[0], a.shape[1], a.shape[2], a.strides[0], a.strides[1], a.strides[2])
    a = m[:, None, :]
    print(a.shape[0], a.shape[1], a.shape[2], a.strides[1], a[1, 0, 2])
    a = m[..., None]
    print(a.shape[0], a.shape[1], a.shape[2], a.strides[2], a[1, 2, 0])
    cdef int[:, :] r = m[1, None]
    print(r.shape[0], r.shape[1], r[0, 1])
    cdef int[:] col = m[..., 1]
    print(col.shape[0], col.strides[0], col[0], col[1])
    cdef int[:, :] e = m[...]
    print(e.shape[0], e.shape[1], e[1, 1])
    cdef int[:, :, :, :] q = m[None, ..., None]
    print(q.shape[0], q.shape[1], q.shape[2], q.shape[3], q[0, 1, 2, 0])
    cdef int[:, :] t = m[None, ::-1, 1]
    print(t.shape[0], t.shape[1], t[0, 0], t[0, 1], t.strides[1])
    a[0, 0, 0] = 99
    print(m[0, 0], a.is_c_contig())
main()
