# SciPy style (signal/_peak_finding_utils.pyx): local maxima of a 1D signal
# including flat plateaus (midpoint rounded down), then peak prominences by
# walking to the lowest valley on each side within the window; results in
# np.intp / np.float64 views, trimmed with a slice before np.asarray.
#cython: wraparound=False
#cython: boundscheck=False
#cython: nonecheck=False
#cython: cdivision=True

import numpy as np
cimport numpy as np

np.import_array()


def _local_maxima_1d(const np.float64_t[::1] x not None,
                     np.intp_t[::1] left_edges, np.intp_t[::1] right_edges):
    cdef np.intp_t[::1] midpoints = np.empty(x.shape[0] // 2, dtype=np.intp)
    cdef np.intp_t m = 0, i, i_ahead, i_max
    with nogil:
        i = 1
        i_max = x.shape[0] - 1
        while i < i_max:
            if x[i - 1] < x[i]:
                i_ahead = i + 1
                while i_ahead < i_max and x[i_ahead] == x[i]:
                    i_ahead += 1
                if x[i_ahead] < x[i]:
                    left_edges[m] = i
                    right_edges[m] = i_ahead - 1
                    midpoints[m] = (left_edges[m] + right_edges[m]) // 2
                    m += 1
                    i = i_ahead
            i += 1
    return np.asarray(midpoints[:m])


def _peak_prominences(const np.float64_t[::1] x not None,
                      const np.intp_t[::1] peaks not None, np.intp_t wlen):
    cdef np.float64_t[::1] prominences = np.empty(peaks.shape[0], dtype=np.float64)
    cdef np.intp_t[::1] left_bases = np.empty(peaks.shape[0], dtype=np.intp)
    cdef np.intp_t[::1] right_bases = np.empty(peaks.shape[0], dtype=np.intp)
    cdef np.float64_t left_min, right_min
    cdef np.intp_t peak_nr, peak, i_min, i_max, i
    for peak_nr in range(peaks.shape[0]):
        peak = peaks[peak_nr]
        i_min = 0
        i_max = x.shape[0] - 1
        if not i_min <= peak <= i_max:
            raise ValueError("peak {} is not a valid index for `x`".format(peak))
        if 2 <= wlen:
            i_min = max(peak - wlen // 2, i_min)
            i_max = min(peak + wlen // 2, i_max)
        i = left_bases[peak_nr] = peak
        left_min = x[peak]
        while i_min <= i and x[i] <= x[peak]:
            if x[i] < left_min:
                left_min = x[i]
                left_bases[peak_nr] = i
            i -= 1
        i = right_bases[peak_nr] = peak
        right_min = x[peak]
        while i <= i_max and x[i] <= x[peak]:
            if x[i] < right_min:
                right_min = x[i]
                right_bases[peak_nr] = i
            i += 1
        prominences[peak_nr] = x[peak] - max(left_min, right_min)
    return np.asarray(prominences)


cdef Py_ssize_t n = 40, k
cdef np.float64_t[::1] x = np.zeros(n, dtype=np.float64)
for k in range(n):
    x[k] = ((k * 7) % 11) + ((k * 3) % 5) * 0.5 - (k // 10)
x[20] = x[21] = x[22] = 12.0   # a plateau
cdef np.intp_t[::1] left = np.empty(n // 2, dtype=np.intp)
cdef np.intp_t[::1] right = np.empty(n // 2, dtype=np.intp)
cdef np.intp_t[::1] peaks = _local_maxima_1d(x, left, right)
cdef np.float64_t[::1] prom = _peak_prominences(x, peaks, 0)
cdef np.float64_t[::1] prom_w = _peak_prominences(x, peaks, 7)
print("peaks found", peaks.shape[0])
for k in range(peaks.shape[0]):
    print(peaks[k], left[k], right[k], x[peaks[k]], prom[k], prom_w[k])
cdef np.intp_t[::1] bad = np.full(1, n, dtype=np.intp)
_peak_prominences(x, bad, 0)
