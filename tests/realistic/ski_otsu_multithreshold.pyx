# scikit-image style (exposure.histogram, filters/_multiotsu): a 256-bin
# histogram of a uint8 image, Otsu's threshold by a between-class variance
# scan, and the two-threshold multi-Otsu search over cumulative moments
# kept in float64 views.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp

cnp.import_array()


def histogram_u8(const cnp.uint8_t[:, ::1] image):
    cdef cnp.intp_t[::1] hist = np.zeros(256, dtype=np.intp)
    cdef Py_ssize_t r, c
    with nogil:
        for r in range(image.shape[0]):
            for c in range(image.shape[1]):
                hist[image[r, c]] += 1
    return np.asarray(hist)


cdef int otsu(const cnp.intp_t[::1] hist) noexcept nogil:
    cdef double total = 0, sum_all = 0, w_b = 0, sum_b = 0
    cdef double m_b, m_f, between, best = -1
    cdef int t, best_t = 0
    for t in range(256):
        total += hist[t]
        sum_all += t * hist[t]
    for t in range(256):
        w_b += hist[t]
        if w_b == 0:
            continue
        if w_b == total:
            break
        sum_b += t * hist[t]
        m_b = sum_b / w_b
        m_f = (sum_all - sum_b) / (total - w_b)
        between = w_b * (total - w_b) * (m_b - m_f) * (m_b - m_f)
        if between > best:
            best = between
            best_t = t
    return best_t


cdef (int, int) multiotsu_two(const cnp.intp_t[::1] hist, cnp.float64_t[::1] zeroth,
                              cnp.float64_t[::1] first) noexcept nogil:
    """Two thresholds maximising sum_k w_k * mu_k^2 over three classes."""
    cdef int i, j, best_i = 0, best_j = 0
    cdef double w0, w1, w2, m0, m1, m2, score, best = -1
    zeroth[0] = hist[0]
    first[0] = 0
    for i in range(1, 256):
        zeroth[i] = zeroth[i - 1] + hist[i]
        first[i] = first[i - 1] + i * hist[i]
    for i in range(0, 254):
        for j in range(i + 1, 255):
            w0 = zeroth[i]
            w1 = zeroth[j] - zeroth[i]
            w2 = zeroth[255] - zeroth[j]
            if w0 == 0 or w1 == 0 or w2 == 0:
                continue
            m0 = first[i] / w0
            m1 = (first[j] - first[i]) / w1
            m2 = (first[255] - first[j]) / w2
            score = w0 * m0 * m0 + w1 * m1 * m1 + w2 * m2 * m2
            if score > best:
                best = score
                best_i, best_j = i, j
    return best_i, best_j


cdef Py_ssize_t R = 16, C = 20, r, c
cdef cnp.uint8_t[:, ::1] img = np.empty((R, C), dtype=np.uint8)
for r in range(R):
    for c in range(C):
        if c < 7:
            img[r, c] = 30 + (r * 3 + c) % 11
        elif c < 14:
            img[r, c] = 120 + (r * 5 + c * 2) % 17
        else:
            img[r, c] = 200 + (r + c) % 9
cdef cnp.intp_t[::1] hist = histogram_u8(img)
cdef Py_ssize_t nonzero = 0, t
for t in range(256):
    nonzero += hist[t] != 0
print("bins used", nonzero, "hist[35]", hist[35], "hist[128]", hist[128], "hist[204]", hist[204])
print("otsu threshold", otsu(hist))
cdef cnp.float64_t[::1] zeroth = np.zeros(256, dtype=np.float64)
cdef cnp.float64_t[::1] first = np.zeros(256, dtype=np.float64)
cdef (int, int) thresholds = multiotsu_two(hist, zeroth, first)
print("multi-otsu thresholds", thresholds[0], thresholds[1])
print("mean intensity", first[255] / zeroth[255])
cdef Py_ssize_t[3] classes = [0, 0, 0]
for r in range(R):
    for c in range(C):
        classes[(img[r, c] > thresholds[0]) + (img[r, c] > thresholds[1])] += 1
print("class sizes", classes[0], classes[1], classes[2])
