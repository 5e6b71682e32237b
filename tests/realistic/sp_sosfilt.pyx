# SciPy style (signal/_sosfilt.pyx): second-order-sections IIR filtering of
# several signals in place with per-section state, fused over float and
# double in a `ctypedef fused` block, decorators instead of directive
# comments, and xrange loops.
cimport numpy as np
cimport cython
import numpy as np

np.import_array()

ctypedef fused DTYPE_floating_t:
    float
    double


@cython.cdivision(True)
@cython.boundscheck(False)
@cython.wraparound(False)
cdef void _sosfilt_float(DTYPE_floating_t[:, ::1] sos,
                         DTYPE_floating_t[:, ::1] x,
                         DTYPE_floating_t[:, :, ::1] zi) noexcept nogil:
    cdef Py_ssize_t n_signals = x.shape[0]
    cdef Py_ssize_t n_samples = x.shape[1]
    cdef Py_ssize_t n_sections = sos.shape[0]
    cdef Py_ssize_t i, n, s
    cdef DTYPE_floating_t x_new, x_cur
    cdef DTYPE_floating_t[:, ::1] zi_slice
    cdef DTYPE_floating_t const_1 = 1.0
    for i in xrange(n_signals):
        zi_slice = zi[i, :, :]
        for n in xrange(n_samples):
            x_cur = const_1 * x[i, n]
            for s in xrange(n_sections):
                x_new = sos[s, 0] * x_cur + zi_slice[s, 0]
                zi_slice[s, 0] = (sos[s, 1] * x_cur - sos[s, 4] * x_new
                                  + zi_slice[s, 1])
                zi_slice[s, 1] = sos[s, 2] * x_cur - sos[s, 5] * x_new
                x_cur = x_new
            x[i, n] = x_cur


def _sosfilt(DTYPE_floating_t[:, ::1] sos, DTYPE_floating_t[:, ::1] x,
             DTYPE_floating_t[:, :, ::1] zi):
    if sos.shape[1] != 6:
        raise ValueError('sos must have shape (n_sections, 6), got (%d, %d)'
                         % (sos.shape[0], sos.shape[1]))
    if zi.shape[1] != sos.shape[0] or zi.shape[2] != 2:
        raise ValueError('zi has the wrong shape')
    with nogil:
        _sosfilt_float(sos, x, zi)


cdef Py_ssize_t n_sig = 2, n_samp = 16, n_sec = 2, i, n
cdef double[:, ::1] sos = np.zeros((n_sec, 6), dtype=np.float64)
# section 0: y = x + 0.5 x[-1] - 0.25 y[-1]; section 1: y = 0.5 x + 0.5 x[-2] + 0.125 y[-2]
sos[0, 0], sos[0, 1], sos[0, 3], sos[0, 4] = 1.0, 0.5, 1.0, 0.25
sos[1, 0], sos[1, 2], sos[1, 3], sos[1, 5] = 0.5, 0.5, 1.0, -0.125
cdef double[:, ::1] x = np.zeros((n_sig, n_samp), dtype=np.float64)
cdef double[:, :, ::1] zi = np.zeros((n_sig, n_sec, 2), dtype=np.float64)
for n in range(n_samp):
    x[0, n] = 1.0 if n == 0 else 0.0      # impulse response
    x[1, n] = (n % 4) - 1.5               # periodic input
_sosfilt(sos, x, zi)
for i in range(n_sig):
    print("signal", i, x[i, 0], x[i, 1], x[i, 2], x[i, 3], x[i, 7], x[i, 15])
    print("   state", zi[i, 0, 0], zi[i, 0, 1], zi[i, 1, 0], zi[i, 1, 1])

cdef float[:, ::1] sosf = np.zeros((1, 6), dtype=np.float32)
cdef float[:, ::1] xf = np.ones((1, 8), dtype=np.float32)
cdef float[:, :, ::1] zif = np.zeros((1, 1, 2), dtype=np.float32)
sosf[0, 0], sosf[0, 3], sosf[0, 4] = 0.25, 1.0, -0.75   # leaky integrator
_sosfilt(sosf, xf, zif)
print("float32 step response", xf[0, 0], xf[0, 1], xf[0, 7])
cdef double[:, ::1] bad = np.zeros((1, 5), dtype=np.float64)
_sosfilt(bad, x, zi)
