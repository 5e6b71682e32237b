# scikit-learn style: histogram-based gradient boosting. Binned features are
# uint8, histograms are a packed struct held in a struct-dtype memoryview
# allocated with np.zeros(..., dtype=HISTOGRAM_DTYPE); the best split per
# feature is scanned from the cumulated histogram.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from cython.parallel cimport prange

cnp.import_array()

ctypedef cnp.npy_float64 X_DTYPE_C
ctypedef cnp.npy_uint8 X_BINNED_DTYPE_C
ctypedef cnp.npy_float32 G_H_DTYPE_C
ctypedef cnp.npy_float64 Y_DTYPE_C

cdef packed struct hist_struct:
    Y_DTYPE_C sum_gradients
    Y_DTYPE_C sum_hessians
    unsigned int count

HISTOGRAM_DTYPE = np.dtype([
    ('sum_gradients', np.float64),
    ('sum_hessians', np.float64),
    ('count', np.uint32),
])


def build_histograms(const X_BINNED_DTYPE_C[::1, :] X_binned,
                     const unsigned int[::1] sample_indices,
                     const G_H_DTYPE_C[::1] gradients,
                     const G_H_DTYPE_C[::1] hessians,
                     hist_struct[:, ::1] histograms):
    cdef:
        int n_features = X_binned.shape[1]
        int n_samples = sample_indices.shape[0]
        int feature_idx, i
        unsigned int sample, bin_idx
    for feature_idx in prange(n_features, nogil=True):
        for i in range(n_samples):
            sample = sample_indices[i]
            bin_idx = X_binned[sample, feature_idx]
            histograms[feature_idx, bin_idx].sum_gradients += gradients[sample]
            histograms[feature_idx, bin_idx].sum_hessians += hessians[sample]
            histograms[feature_idx, bin_idx].count += 1


cdef inline Y_DTYPE_C _split_gain(Y_DTYPE_C g_left, Y_DTYPE_C h_left,
                                  Y_DTYPE_C g_right, Y_DTYPE_C h_right,
                                  Y_DTYPE_C l2) noexcept nogil:
    return (g_left * g_left / (h_left + l2)
            + g_right * g_right / (h_right + l2))


cdef (int, Y_DTYPE_C) best_bin(hist_struct[:, ::1] histograms, int feature_idx,
                               Y_DTYPE_C sum_g, Y_DTYPE_C sum_h,
                               Y_DTYPE_C l2) noexcept nogil:
    cdef int b, best = -1
    cdef Y_DTYPE_C g_left = 0, h_left = 0, gain, best_gain = -1.0
    cdef Y_DTYPE_C parent = sum_g * sum_g / (sum_h + l2)
    for b in range(histograms.shape[1] - 1):
        g_left += histograms[feature_idx, b].sum_gradients
        h_left += histograms[feature_idx, b].sum_hessians
        gain = _split_gain(g_left, h_left, sum_g - g_left, sum_h - h_left, l2) - parent
        if gain > best_gain:
            best_gain = gain
            best = b
    return best, best_gain


cdef int n_samples = 16, n_features = 3, n_bins = 8
cdef X_BINNED_DTYPE_C[::1, :] X_binned = np.zeros((n_samples, n_features),
                                                  dtype=np.uint8, order='F')
cdef G_H_DTYPE_C[::1] gradients = np.empty(n_samples, dtype=np.float32)
cdef G_H_DTYPE_C[::1] hessians = np.ones(n_samples, dtype=np.float32)
cdef unsigned int[::1] sample_indices = np.empty(n_samples, dtype=np.uint32)
cdef hist_struct[:, ::1] histograms = np.zeros((n_features, n_bins), dtype=HISTOGRAM_DTYPE)
cdef int i, f, b
cdef Y_DTYPE_C sum_g = 0, sum_h = 0, gain
for i in range(n_samples):
    X_binned[i, 0] = i % n_bins
    X_binned[i, 1] = (i * 3) % n_bins
    X_binned[i, 2] = i // 2
    gradients[i] = (i % 5) - 2 + 0.25 * (i // 8)
    hessians[i] = 1.0 + (i % 2) * 0.5
    sample_indices[i] = i
    sum_g += gradients[i]
    sum_h += hessians[i]

build_histograms(X_binned, sample_indices, gradients, hessians, histograms)
print("sizeof(hist_struct) =", sizeof(hist_struct), "strides", histograms.strides[0], histograms.strides[1])
print("sum_g", sum_g, "sum_h", sum_h)
for f in range(n_features):
    b, gain = best_bin(histograms, f, sum_g, sum_h, 1.0)
    print("feature", f, "bin", b, "gain", gain,
          "count0", histograms[f, 0].count, "g0", histograms[f, 0].sum_gradients)
cdef unsigned long total_count = 0
for f in range(n_features):
    for b in range(n_bins):
        total_count += histograms[f, b].count * (b + 1)
print("weighted counts", total_count)
