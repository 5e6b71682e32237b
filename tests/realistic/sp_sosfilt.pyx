# SciPy style (signal/_sosfilt.pyx): second-order-sections IIR filtering of
# several signals in place, transposed direct form II with two state words
# per section, fused over float and double in a `ctypedef fused` block,
# decorators instead of directive comments, and xrange loops.
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
cdef void _cascade(const DTYPE_floating_t[:, ::1] coeffs,
                   DTYPE_floating_t[:, ::1] signals,
                   DTYPE_floating_t[:, :, ::1] state) noexcept nogil:
    # coeffs[s] = (b0, b1, b2, a0, a1, a2) with a0 == 1
    cdef Py_ssize_t sig, k, sec
    cdef Py_ssize_t n_sec = coeffs.shape[0]
    cdef DTYPE_floating_t v, w, z1, z2
    for sig in xrange(signals.shape[0]):
        for k in xrange(signals.shape[1]):
            v = signals[sig, k]
            for sec in xrange(n_sec):
                z1 = state[sig, sec, 0]
                z2 = state[sig, sec, 1]
                w = coeffs[sec, 0] * v + z1
                state[sig, sec, 0] = coeffs[sec, 1] * v - coeffs[sec, 4] * w + z2
                state[sig, sec, 1] = coeffs[sec, 2] * v - coeffs[sec, 5] * w
                v = w
            signals[sig, k] = v


def _sosfilt(DTYPE_floating_t[:, ::1] sos, DTYPE_floating_t[:, ::1] x,
             DTYPE_floating_t[:, :, ::1] zi):
    if sos.shape[1] != 6:
        raise ValueError('sos must have shape (n_sections, 6), got (%d, %d)'
                         % (sos.shape[0], sos.shape[1]))
    if zi.shape[0] != x.shape[0] or zi.shape[1] != sos.shape[0] or zi.shape[2] != 2:
        raise ValueError('zi must have shape (%d, %d, 2)' % (x.shape[0], sos.shape[0]))
    with nogil:
        _cascade(sos, x, zi)


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
