# scikit-image style (measure/_ccomp.pyx): two-pass connected-component
# labelling of a small 2D image with a union-find forest over raveled
# indices; 1- or 2-connectivity, a background value, an anonymous cdef enum
# for neighbour slots, labels returned with np.asarray.
# cython: cdivision=True
# cython: boundscheck=False
# cython: wraparound=False

import numpy as np
cimport numpy as cnp

cnp.import_array()

DTYPE = np.intp

cdef enum:
    D_LEFT, D_UP_LEFT, D_UP, D_UP_RIGHT, D_COUNT


cdef DTYPE_t find_root(DTYPE_t* forest, DTYPE_t n) noexcept nogil:
    # path halving: every other node on the way up skips to its grandparent
    while forest[n] != n:
        forest[n] = forest[forest[n]]
        n = forest[n]
    return n


cdef void join_trees(DTYPE_t* forest, DTYPE_t n, DTYPE_t m) noexcept nogil:
    # the smaller index becomes the root, so roots are first in raster order
    cdef DTYPE_t a = find_root(forest, n), b = find_root(forest, m)
    if a < b:
        forest[b] = a
    elif b < a:
        forest[a] = b


def label2d(const cnp.int64_t[:, ::1] image, int connectivity=2, cnp.int64_t background=0):
    cdef DTYPE_t rows = image.shape[0], cols = image.shape[1]
    cdef DTYPE_t r, c, i, k, nr, nc, count = 0
    cdef DTYPE_t[D_COUNT] dr, dc
    cdef int n_neigh
    if connectivity not in (1, 2):
        raise ValueError("Connectivity for 2D image should be in [1, ..., {}]. Got {}."
                         .format(2, connectivity))
    dr[D_LEFT], dc[D_LEFT] = 0, -1
    dr[D_UP], dc[D_UP] = -1, 0
    dr[D_UP_LEFT], dc[D_UP_LEFT] = -1, -1
    dr[D_UP_RIGHT], dc[D_UP_RIGHT] = -1, 1
    n_neigh = D_COUNT if connectivity == 2 else 2

    cdef DTYPE_t[::1] forest = np.arange(rows * cols, dtype=DTYPE)
    cdef DTYPE_t[:, ::1] out = np.empty((rows, cols), dtype=DTYPE)
    with nogil:
        for r in range(rows):
            for c in range(cols):
                if image[r, c] == background:
                    continue
                for k in range(n_neigh):
                    # with connectivity 1 only LEFT and UP are used
                    i = k if connectivity == 2 else (D_LEFT if k == 0 else D_UP)
                    nr = r + dr[i]
                    nc = c + dc[i]
                    if 0 <= nr < rows and 0 <= nc < cols and image[nr, nc] == image[r, c]:
                        join_trees(&forest[0], r * cols + c, nr * cols + nc)
        # second pass: consecutive labels, background is 0
        for r in range(rows):
            for c in range(cols):
                i = r * cols + c
                if image[r, c] == background:
                    out[r, c] = 0
                else:
                    k = find_root(&forest[0], i)
                    if k == i:
                        count += 1
                        out[r, c] = count
                    else:
                        out[r, c] = out[k // cols, k % cols]
    return np.asarray(out)


cdef Py_ssize_t R = 8, C = 10, r, c
cdef cnp.int64_t[:, ::1] img = np.zeros((R, C), dtype=np.int64)
for r in range(R):
    for c in range(C):
        if (r // 2 + c // 3) % 2 == 0 and (r * c) % 7 != 3:
            img[r, c] = 1 + (c >= 6)
cdef DTYPE_t[:, ::1] lab
cdef DTYPE_t m, code
cdef int conn
for conn in range(1, 3):
    lab = label2d(img, conn)
    m = 0
    for r in range(R):
        for c in range(C):
            if lab[r, c] > m:
                m = lab[r, c]
    print("connectivity", conn, "components", m)
    for r in range(R):
        code = 1
        for c in range(C):
            code = code * 10 + lab[r, c]
        print(r, code)
label2d(img, 3)
