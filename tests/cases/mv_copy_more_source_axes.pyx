# `dst[...] = src` where the source has more axes than the destination:
# Cython accepts it and broadcasts the destination's missing leading axes,
# so the source's extra leading axes must have extent 1 at run time
# (else `ValueError: got differing extents in dimension N`). Also fewer
# source axes (broadcast along the destination) for contrast.
from cython.view cimport array as cvarray

def main():
    cdef int[:, :, :] a = cvarray(shape=(1, 3, 4), itemsize=sizeof(int), format="i")
    cdef int[:, :, :, :] a4 = cvarray(shape=(1, 1, 3, 4), itemsize=sizeof(int), format="i")
    cdef int[:, :] b = cvarray(shape=(3, 4), itemsize=sizeof(int), format="i")
    cdef int[:] c = cvarray(shape=(4,), itemsize=sizeof(int), format="i")
    cdef Py_ssize_t i, j
    for i in range(3):
        for j in range(4):
            a[0, i, j] = i * 10 + j
            a4[0, 0, i, j] = 100 + i * 10 + j
    b[...] = a
    print("3d into 2d", b[2, 3], b[1, 0])
    b[:, :] = a4
    print("4d into 2d", b[0, 0], b[2, 2])
    c[:] = a[:, 1:2, :]
    print("row of 3d into 1d", c[0], c[3])
    c[...] = a4[:, :, 2:, ::-1]
    print("reversed row of 4d into 1d", c[0], c[3])
    b[:, :] = c
    print("1d along 2d", b[2, 1], b[0, 3])
    b[1:, :] = a[:, :2, :]
    print("3d into a 2d slice", b[1, 0], b[2, 3])
    try:
        c[...] = b
    except ValueError as e:
        print("ValueError", e)
    try:
        b[...] = a[:, :, :3]
    except ValueError as e:
        print("ValueError", e)
    try:
        c[:2] = a4[:, :, 0, :2]
        print("1x1x2 into 2", c[0], c[1])
        c[:2] = a4[:, :, :, 0]
    except ValueError as e:
        print("ValueError", e)

main()
