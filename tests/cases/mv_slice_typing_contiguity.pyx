# Slices are typed as Cython types them: a slice without a step keeps its
# axis spec (`m[1:, 2:4]` of a `[:, ::1]` view is `[:, ::1]`), a stepped one
# is strided; an index drops the axis. Each variant is passed to a parameter
# of the type Cython gives it, and through a `def` boundary, where Cython
# acquires the buffer again and checks its real strides.
from cython cimport view
from cython.view cimport array as cvarray

cdef double c2(double[:, ::1] m):
    return m[0, 0] * 1000 + m.shape[0] * 10 + m.shape[1]

cdef double f2(double[::1, :] m):
    return m[0, 0] * 1000 + m.shape[0] * 10 + m.shape[1]

cdef double sc(double[::view.strided, ::view.contiguous] m):
    return m[0, 0] * 1000 + m.shape[0] * 10 + m.shape[1]

cdef double c1(double[::1] v):
    return v[0] * 1000 + v.shape[0]

cdef double c3(double[:, :, ::1] m):
    return m[0, 0, 0] * 1000 + m.shape[0] * 100 + m.shape[1] * 10 + m.shape[2]

def py_c2(double[:, ::1] m):
    return m.shape[0] * 10 + m.shape[1]

def main():
    cdef double[:, ::1] a = cvarray(shape=(4, 5), itemsize=sizeof(double), format="d")
    cdef double[::1, :] f = cvarray(shape=(4, 5), itemsize=sizeof(double), format="d", mode="fortran")
    cdef double[:, :, ::1] t = cvarray(shape=(2, 3, 4), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i, j, k
    for i in range(4):
        for j in range(5):
            a[i, j] = i * 5 + j
            f[i, j] = i * 5 + j
    for i in range(2):
        for j in range(3):
            for k in range(4):
                t[i, j, k] = i * 12 + j * 4 + k
    print("c", c2(a[1:, 2:4]), c2(a[:2]), c2(a[1:3, :]), c2(a[-2:, -3:]), c2(a[..., 1:]), c2(a[:, :]))
    print("c rows", c1(a[2]), c1(a[1, 1:4]), c1(a[-1, :]), c1(a[3, ...]))
    print("f", f2(f[1:3, :]), f2(f[:, 1:]), f2(f[1:, 2:4]), f2(f[..., :2]))
    print("f cols", c1(f[:, 1]), c1(f[1:3, 4]))
    print("stepped", sc(a[::2, :]), sc(a[::-1, 1:]), sc(a[1::2, 3:]), sc(a))
    print("3d", c3(t[1:]), c3(t[:, 1:, 2:]), c3(t[-1:, :, :3]))
    print("2d of 3d", c2(t[1]), c2(t[0, 1:]), c1(t[1, 2]))
    cdef double[:, ::1] s = a[1:, 2:4]
    print("kept", s.shape[0], s.shape[1], s.strides[0], s.strides[1], s[2, 1], s.is_c_contig())
    cdef double[::1] r = a[3, 1:]
    print("row", r.shape[0], r[0], r.is_c_contig())
    cdef double[:] col = a[:, 0]
    print("col", col.shape[0], col[3], col.strides[0])
    print("def", py_c2(a[1:, :]), py_c2(a[:0]))
    try:
        print("cols", py_c2(a[1:, 2:4]))
    except ValueError as e:
        print("cols ValueError", e)
    try:
        print("stepped", py_c2(a[::2, :]))
    except ValueError as e:
        print("stepped ValueError", e)

main()
