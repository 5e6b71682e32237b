# scikit-image style (feature/_canny_cy): Sobel gradients of an integer
# image, non-maximum suppression along the quantised gradient direction
# (integer sector tests, no trigonometry), then hysteresis thresholding with
# an explicit stack of raveled indices.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.math cimport sqrt, fabs
from libc.stdlib cimport malloc, free

cnp.import_array()


cdef void _sobel(const cnp.int32_t[:, ::1] img, cnp.float64_t[:, ::1] gr,
                 cnp.float64_t[:, ::1] gc) noexcept nogil:
    cdef Py_ssize_t r, c, rows = img.shape[0], cols = img.shape[1]
    for r in range(1, rows - 1):
        for c in range(1, cols - 1):
            gc[r, c] = ((img[r - 1, c + 1] + 2 * img[r, c + 1] + img[r + 1, c + 1])
                        - (img[r - 1, c - 1] + 2 * img[r, c - 1] + img[r + 1, c - 1]))
            gr[r, c] = ((img[r + 1, c - 1] + 2 * img[r + 1, c] + img[r + 1, c + 1])
                        - (img[r - 1, c - 1] + 2 * img[r - 1, c] + img[r - 1, c + 1]))


def _nonmaximum_suppression(const cnp.float64_t[:, ::1] gr, const cnp.float64_t[:, ::1] gc,
                            const cnp.float64_t[:, ::1] magnitude, double low_threshold):
    cdef Py_ssize_t r, c, rows = gr.shape[0], cols = gr.shape[1]
    cdef cnp.float64_t[:, ::1] out = np.zeros((rows, cols), dtype=np.float64)
    cdef double a, b, m, n1, n2, ar, ac
    with nogil:
        for r in range(1, rows - 1):
            for c in range(1, cols - 1):
                m = magnitude[r, c]
                if m < low_threshold:
                    continue
                a = gr[r, c]
                b = gc[r, c]
                ar = fabs(a)
                ac = fabs(b)
                # sector: tan(22.5) ~ 0.4142 approximated by 5/12
                if 12 * ar <= 5 * ac:          # horizontal gradient
                    n1 = magnitude[r, c - 1]
                    n2 = magnitude[r, c + 1]
                elif 12 * ac <= 5 * ar:        # vertical gradient
                    n1 = magnitude[r - 1, c]
                    n2 = magnitude[r + 1, c]
                elif (a > 0) == (b > 0):       # main diagonal
                    n1 = magnitude[r - 1, c - 1]
                    n2 = magnitude[r + 1, c + 1]
                else:                          # anti-diagonal
                    n1 = magnitude[r - 1, c + 1]
                    n2 = magnitude[r + 1, c - 1]
                if m >= n1 and m >= n2:
                    out[r, c] = m
    return np.asarray(out)


cdef Py_ssize_t _hysteresis(const cnp.float64_t[:, ::1] nms, double low, double high,
                            cnp.uint8_t[:, ::1] edges) noexcept nogil:
    cdef Py_ssize_t rows = nms.shape[0], cols = nms.shape[1], r, c, nr, nc, top = 0, n = 0
    cdef Py_ssize_t* stack = <Py_ssize_t*>malloc(rows * cols * sizeof(Py_ssize_t))
    cdef Py_ssize_t idx
    for r in range(rows):
        for c in range(cols):
            if nms[r, c] >= high and not edges[r, c]:
                edges[r, c] = 1
                stack[top] = r * cols + c
                top += 1
                while top > 0:
                    top -= 1
                    idx = stack[top]
                    n += 1
                    for nr in range(idx // cols - 1, idx // cols + 2):
                        for nc in range(idx % cols - 1, idx % cols + 2):
                            if 0 <= nr < rows and 0 <= nc < cols and not edges[nr, nc] \
                                    and nms[nr, nc] >= low:
                                edges[nr, nc] = 1
                                stack[top] = nr * cols + nc
                                top += 1
    free(stack)
    return n


cdef Py_ssize_t R = 14, C = 16, i, j
cdef cnp.int32_t[:, ::1] img = np.zeros((R, C), dtype=np.int32)
for i in range(R):
    for j in range(C):
        # a bright square with a dim diagonal ramp
        img[i, j] = (100 if 4 <= i < 10 and 5 <= j < 12 else 0) + (i + j) * 2
cdef cnp.float64_t[:, ::1] gr = np.zeros((R, C), dtype=np.float64)
cdef cnp.float64_t[:, ::1] gc = np.zeros_like(gr)
cdef cnp.float64_t[:, ::1] mag = np.empty_like(gr)
_sobel(img, gr, gc)
for i in range(R):
    for j in range(C):
        mag[i, j] = sqrt(gr[i, j] * gr[i, j] + gc[i, j] * gc[i, j])
cdef cnp.float64_t[:, ::1] nms = _nonmaximum_suppression(gr, gc, mag, 50.0)
cdef cnp.uint8_t[:, ::1] edges = np.zeros((R, C), dtype=np.uint8)
cdef Py_ssize_t n_edges = _hysteresis(nms, 100.0, 300.0, edges)
cdef double kept = 0
for i in range(R):
    for j in range(C):
        kept += nms[i, j]
print("max magnitude", mag[4, 5], mag[6, 5], "kept magnitude", kept, "edge pixels", n_edges)
cdef long code
for i in range(2, 12):
    code = 1
    for j in range(2, 15):
        code = code * 10 + edges[i, j]
    print(code)
