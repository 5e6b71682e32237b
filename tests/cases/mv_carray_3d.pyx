# Views of 2-D and 3-D C arrays, slices and transposes of them.
def main():
    cdef int a[2][3][4]
    cdef int i, j, k
    for i in range(2):
        for j in range(3):
            for k in range(4):
                a[i][j][k] = 100 * i + 10 * j + k
    cdef int[:, :, ::1] v = a
    print(v.shape[0], v.shape[1], v.shape[2], v.strides[0], v.strides[1], v.strides[2])
    print(v[1, 2, 3], v[-1, -1, -1], v[0, 1, 2])
    cdef int[:, :] s = v[1, :, 1:3]
    print(s.shape[0], s.shape[1], s[2, 1], s.strides[0])
    cdef int[:, :, :] t = v.T
    print(t.shape[0], t.shape[2], t[3, 2, 1], t.strides[0], t.is_f_contig())
    cdef double d[3][2]
    for i in range(3):
        for j in range(2):
            d[i][j] = i + j * 0.5
    cdef double[:, :] dv = d
    print(dv[2, 1], dv.T[1, 2], dv[::-1, 0][0])
    dv[1, 1] = -1.0
    print(d[1][1])
    cdef int[:] flat = a[1][2]
    print(flat.shape[0], flat[3])
main()
