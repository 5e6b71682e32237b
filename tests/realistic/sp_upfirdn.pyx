# SciPy style (signal/_upfirdn.py, _upfirdn_apply.pyx): upsample by `up`,
# FIR filter, downsample by `down` in one pass -- each output sample sums
# only the filter taps that meet a non-zero (original) input sample; the
# output-length helper, a fused `DTYPE_t` over float/double, and a
# specialisation chosen explicitly with _apply_impl[double](...).
# cython: boundscheck=False, wraparound=False, cdivision=True

cimport cython
import numpy as np
cimport numpy as np

np.import_array()

ctypedef fused DTYPE_t:
    float
    double


def _output_len(np.intp_t len_h, np.intp_t in_len, np.intp_t up, np.intp_t down):
    """Number of output samples: ceil(((in_len - 1) * up + len_h) / down)."""
    cdef np.intp_t full = (in_len - 1) * up + len_h
    return full // down + (full % down != 0)


cdef void _apply_impl(const DTYPE_t* x, np.intp_t len_x, const DTYPE_t* h,
                      np.intp_t len_h, DTYPE_t* out, np.intp_t up, np.intp_t down,
                      np.intp_t len_out) noexcept nogil:
    cdef np.intp_t k, pos, first_tap, tap, src
    cdef DTYPE_t acc
    for k in range(len_out):
        pos = k * down                  # position on the upsampled grid
        acc = 0
        # taps landing on upsampled positions that hold input samples:
        # pos - tap = up * src, so tap = pos mod up, then every up-th tap
        first_tap = pos % up
        tap = first_tap
        while tap < len_h:
            src = (pos - tap) // up
            if src < 0:
                break
            if src < len_x:
                acc = acc + h[tap] * x[src]
            tap += up
        out[k] = acc


cdef np.intp_t up = 3, down = 2, n_x = 10, n_h = 5, i
cdef double[::1] h = np.empty(n_h, dtype=np.float64)
for i in range(n_h):
    h[i] = (i + 1) * 0.25 if i < 3 else (5 - i) * 0.5
cdef double[::1] x = np.empty(n_x, dtype=np.float64)
for i in range(n_x):
    x[i] = (i * 3) % 5 - 1.5
cdef np.intp_t n_out = _output_len(n_h, n_x, up, down)
cdef double[::1] y = np.zeros(n_out, dtype=np.float64)
_apply_impl[double](&x[0], n_x, &h[0], n_h, &y[0], up, down, n_out)
cdef double total = 0
for i in range(n_out):
    total += y[i]
print("output length", n_out)
print("y", y[0], y[1], y[2], y[7], y[n_out - 1], "sum", total)

cdef float[::1] xf = np.empty(n_x, dtype=np.float32)
cdef float[::1] hf = np.empty(n_h, dtype=np.float32)
cdef float[::1] yf = np.zeros(n_out, dtype=np.float32)
for i in range(n_x):
    xf[i] = <float>x[i]
for i in range(n_h):
    hf[i] = <float>h[i]
_apply_impl(&xf[0], n_x, &hf[0], n_h, &yf[0], up, down, n_out)
cdef bint same = True
for i in range(n_out):
    same = same and yf[i] == y[i]
print("float32 path identical:", same, yf[3])
print("lengths", _output_len(4, 1, 1, 1), _output_len(7, 9, 2, 3), _output_len(1, 5, 4, 4))
