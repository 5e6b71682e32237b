# A C array cast to a view without extents (`<T[:, :]>a`): the view
# borrows the array (writes reach it), 1 to 3 dimensions, C-contiguous and
# strided specs, local and module arrays, passed straight to a function.
cdef double total(double[:, :] m):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s

cdef long first_row_sum(long[:, ::1] m):
    cdef long s = 0
    cdef Py_ssize_t j
    for j in range(m.shape[1]):
        s += m[0, j]
    return s

cdef void local_arrays():
    cdef double d[3][4]
    cdef long l[2][5]
    cdef short s3[2][3][4]
    cdef float f1[6]
    cdef int i, j, k
    for i in range(3):
        for j in range(4):
            d[i][j] = i * 0.5 + j
    for i in range(2):
        for j in range(5):
            l[i][j] = i * 100 + j
    for i in range(2):
        for j in range(3):
            for k in range(4):
                s3[i][j][k] = i * 12 + j * 4 + k
    for i in range(6):
        f1[i] = i * 1.5
    print(total(<double[:, :]> d), first_row_sum(<long[:, ::1]> l))
    cdef short[:, :, :] v3 = <short[:, :, :]> s3
    print(v3[1, 2, 3], v3.shape[0], v3.shape[1], v3.shape[2], v3.strides[0], v3.strides[1], v3.strides[2])
    cdef float[::1] v1 = <float[::1]> f1
    v1[5] = -2.0
    print(f1[5], v1[2], len(v1), v1.is_c_contig(), v1.is_f_contig())
    cdef double[:, :] t = (<double[:, :]> d).T
    print(t[3, 2], t.shape[0], t.is_c_contig(), t.is_f_contig())
    cdef double[:] row = (<double[:, ::1]> d)[1]
    row[0] = 99.0
    print(d[1][0], row[3])
    cdef double[:, :] sub = (<double[:, :]> d)[1:, ::2]
    print(sub[1, 1], sub.shape[0], sub.shape[1])

local_arrays()
cdef int g[4][2]
cdef int a, b
for a in range(4):
    for b in range(2):
        g[a][b] = a - b
cdef int[:, :] gv = <int[:, :]> g
gv[0, 1] = 42
print(g[0][1], gv[3, 0], gv[-1, -1], gv.ndim, gv.itemsize, gv.nbytes, gv.size)
cdef int[:, ::1] gc = <int[:, ::1]> g
print(gc[2, 1], gc.is_c_contig())
