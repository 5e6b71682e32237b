# A C array cast to a view with some or all extents given: the missing
# ones are the array's, `::1` first makes it Fortran order over the same
# memory, and extents may reshape it (Cython's cython.array from a C array).
cdef int g[4][2]
cdef int a, b
for a in range(4):
    for b in range(2):
        g[a][b] = a * 10 + b
cdef int[::1, :] w = <int[::1, :]> g
print(w[0, 0], w[1, 0], w[0, 1], w[3, 1], w.shape[0], w.shape[1], w.strides[0], w.strides[1])
cdef int[:, :] x = <int[:4, :]> g
print(x[3, 1], x.shape[0], x.shape[1])
cdef int[:, :] y = <int[:, :2]> g
print(y[3, 1], y.shape[0], y.shape[1])
cdef int[:, :] z = <int[:4, :2]> g
print(z[3, 1], z.shape[0], z.shape[1])
cdef int[:, :] q = <int[:2, :2]> g
print(q[1, 1], q.shape[0], q.shape[1])
cdef int[:, :] r = <int[:2, :4]> g
print(r[1, 1], r.shape[0], r.shape[1])
cdef int[:, :] s = <int[:4:1, :2]> g
print(s[1, 1], s.shape[0], s.shape[1], s.strides[0])
cdef int[:, :] f2 = <int[::1, :]> g
print(f2[1, 1], f2.shape[0], f2.shape[1], f2.strides[0])
