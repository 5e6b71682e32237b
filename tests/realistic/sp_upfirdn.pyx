# SciPy style (signal/_upfirdn_apply.pyx): upsample, FIR filter and
# downsample in one pass with the polyphase filter layout; the output
# length helper, a fused `DTYPE_t` over float/double, and a specialisation
# chosen explicitly with _apply_impl[double](...).
# cython: boundscheck=False, wraparound=False, cdivision=True

cimport cython
import numpy as np
cimport numpy as np

np.import_array()

ctypedef fused DTYPE_t:
    float
    double


def _output_len(np.intp_t len_h, np.intp_t in_len, np.intp_t up, np.intp_t down):
    """The output length that results from a given input."""
    # ceil(((in_len - 1) * up + len_h) / down), but using integer arithmetic
    return (((in_len - 1) * up + len_h) - 1) // down + 1


cdef void _apply_impl(const DTYPE_t* x, np.intp_t len_x, const DTYPE_t* h_trans_flip,
                      np.intp_t len_h, DTYPE_t* out, np.intp_t up, np.intp_t down,
                      np.intp_t len_out) noexcept nogil:
    cdef np.intp_t h_per_phase = len_h // up
    cdef np.intp_t padded_len = len_x + h_per_phase - 1
    cdef np.intp_t x_idx = 0, y_idx = 0, h_idx = 0, t = 0, x_conv_idx
    while x_idx < len_x:
        h_idx = t * h_per_phase
        x_conv_idx = x_idx - h_per_phase + 1
        if x_conv_idx < 0:
            h_idx -= x_conv_idx
            x_conv_idx = 0
        while x_conv_idx < x_idx + 1:
            out[y_idx] = out[y_idx] + x[x_conv_idx] * h_trans_flip[h_idx]
            x_conv_idx += 1
            h_idx += 1
        t += down
        x_idx += t // up
        t = t % up
        y_idx += 1
        if y_idx >= len_out:
            return
    # use a second simplified loop to flush out the last bits
    while x_idx < padded_len:
        h_idx = t * h_per_phase
        x_conv_idx = x_idx - h_per_phase + 1
        while x_conv_idx < len_x:
            if x_conv_idx >= 0:
                out[y_idx] = out[y_idx] + x[x_conv_idx] * h_trans_flip[h_idx]
            x_conv_idx += 1
            h_idx += 1
        t += down
        x_idx += t // up
        t = t % up
        y_idx += 1
        if y_idx >= len_out:
            return


def _pad_h(const double[::1] h, np.intp_t up):
    """Store coefficients in a transposed, flipped arrangement."""
    cdef np.intp_t h_padlen = h.shape[0] + (up - h.shape[0] % up) % up, i, j, k = 0
    cdef double[::1] h_full = np.zeros(h_padlen, dtype=np.float64)
    cdef double[::1] out = np.empty(h_padlen, dtype=np.float64)
    h_full[:h.shape[0]] = h
    for i in range(up):
        for j in range(h_padlen // up - 1, -1, -1):
            out[k] = h_full[j * up + i]
            k += 1
    return np.asarray(out)


cdef np.intp_t up = 3, down = 2, n_x = 10, i
cdef double[::1] h = np.empty(5, dtype=np.float64)
for i in range(5):
    h[i] = (i + 1) * 0.25 if i < 3 else (5 - i) * 0.5
cdef double[::1] h_tf = _pad_h(h, up)
cdef double[::1] x = np.empty(n_x, dtype=np.float64)
for i in range(n_x):
    x[i] = (i * 3) % 5 - 1.5
cdef np.intp_t n_out = _output_len(h_tf.shape[0], n_x, up, down)
cdef double[::1] y = np.zeros(n_out, dtype=np.float64)
_apply_impl[double](&x[0], n_x, &h_tf[0], h_tf.shape[0], &y[0], up, down, n_out)
print("padded filter", h_tf.shape[0], h_tf[0], h_tf[1], h_tf[5], "output length", n_out)
cdef double total = 0
for i in range(n_out):
    total += y[i]
print("y", y[0], y[1], y[2], y[7], y[n_out - 1], "sum", total)

cdef float[::1] xf = np.empty(n_x, dtype=np.float32)
cdef float[::1] hf = np.empty(h_tf.shape[0], dtype=np.float32)
cdef float[::1] yf = np.zeros(n_out, dtype=np.float32)
for i in range(n_x):
    xf[i] = <float>x[i]
for i in range(h_tf.shape[0]):
    hf[i] = <float>h_tf[i]
_apply_impl(&xf[0], n_x, &hf[0], hf.shape[0], &yf[0], up, down, n_out)
cdef bint same = True
for i in range(n_out):
    same = same and yf[i] == y[i]
print("float32 path identical:", same, yf[3])
