# SciPy style (signal/_peak_finding_utils.pyx): local maxima of a 1D signal
# including flat plateaus (reported by their middle, rounded down), then
# the prominence of each peak: the peak height minus the higher of the two
# lowest points reached before the signal rises above the peak, optionally
# inside a window; np.intp / np.float64 views trimmed before np.asarray.
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
    cdef np.intp_t count = 0, pos, run_end, last = x.shape[0] - 1
    with nogil:
        pos = 1
        while pos < last:
            if x[pos] <= x[pos - 1]:
                pos += 1
                continue
            # rising edge at pos: find where the (possibly flat) top ends
            run_end = pos
            while run_end + 1 < last and x[run_end + 1] == x[pos]:
                run_end += 1
            if x[run_end + 1] < x[pos]:
                left_edges[count] = pos
                right_edges[count] = run_end
                midpoints[count] = pos + (run_end - pos) // 2
                count += 1
            pos = run_end + 1
    return np.asarray(midpoints[:count])


cdef np.float64_t _lowest_before_higher(const np.float64_t[::1] x, np.intp_t peak,
                                        np.intp_t step, np.intp_t stop) noexcept nogil:
    cdef np.intp_t k = peak
    cdef np.float64_t low = x[peak]
    while k != stop and x[k] <= x[peak]:
        if x[k] < low:
            low = x[k]
        k += step
    return low


def _peak_prominences(const np.float64_t[::1] x not None,
                      const np.intp_t[::1] peaks not None, np.intp_t wlen):
    cdef np.float64_t[::1] prominences = np.empty(peaks.shape[0], dtype=np.float64)
    cdef np.intp_t p, peak, lo, hi
    cdef np.float64_t left_low, right_low
    for p in range(peaks.shape[0]):
        peak = peaks[p]
        if peak < 0 or peak >= x.shape[0]:
            raise ValueError("peak {} is not a valid index for `x`".format(peak))
        lo, hi = 0, x.shape[0] - 1
        if wlen >= 2:
            lo = max(lo, peak - wlen // 2)
            hi = min(hi, peak + wlen // 2)
        left_low = _lowest_before_higher(x, peak, -1, lo - 1)
        right_low = _lowest_before_higher(x, peak, 1, hi + 1)
        prominences[p] = x[peak] - max(left_low, right_low)
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
