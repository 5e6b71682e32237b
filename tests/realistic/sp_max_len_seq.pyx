# SciPy style (signal/_max_len_seq_inner.pyx): maximum length sequence
# generation with a Fibonacci LFSR over an int8 state and tap positions,
# taps given in either int32 or int64 (cython.integral), the generator
# state kept in a struct built with a struct literal, scratch memory from
# `from libc cimport stdlib`, and a cython.numeric autocorrelation check.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as np
cimport cython
from libc cimport stdlib

np.import_array()

cdef struct LFSR:
    Py_ssize_t nbits
    Py_ssize_t idx
    Py_ssize_t n_taps


def _max_len_seq_inner(const cython.integral[::1] taps, np.int8_t[::1] state,
                       Py_ssize_t nbits, Py_ssize_t length, np.int8_t[::1] seq):
    cdef LFSR g = LFSR(nbits=nbits, idx=0, n_taps=taps.shape[0])
    cdef Py_ssize_t i, ti
    cdef np.int8_t feedback
    for i in range(length):
        feedback = state[g.idx]
        seq[i] = feedback
        for ti in range(g.n_taps):
            feedback ^= state[(taps[ti] + g.idx) % g.nbits]
        state[g.idx] = feedback
        g.idx = (g.idx + 1) % g.nbits
    # the caller rolls the state by the returned index before the next run
    return g.idx


cdef cython.numeric dot_shifted(const cython.numeric* a, Py_ssize_t n,
                                Py_ssize_t shift) noexcept nogil:
    cdef cython.numeric acc = 0
    cdef Py_ssize_t i
    for i in range(n):
        acc += a[i] * a[(i + shift) % n]
    return acc


cdef Py_ssize_t nbits = 5, length = (1 << 5) - 1, i, s
cdef np.int32_t[::1] taps32 = np.empty(1, dtype=np.int32)
cdef np.int64_t[::1] taps64 = np.empty(3, dtype=np.int64)
taps32[0] = 2                    # x^5 + x^2 + 1
taps64[0], taps64[1], taps64[2] = 4, 3, 1   # x^5 + x^4 + x^3 + x^2 + 1
cdef np.int8_t[::1] state = np.ones(nbits, dtype=np.int8)
cdef np.int8_t[::1] seq = np.empty(length, dtype=np.int8)
cdef Py_ssize_t end_idx = _max_len_seq_inner(taps32, state, nbits, length, seq)
cdef long code = 0
cdef int ones = 0
for i in range(length):
    code = code * 2 + seq[i]
    ones += seq[i]
print("taps (2,): ones", ones, "code", code, "end index", end_idx)

cdef long* bipolar = <long*>stdlib.malloc(length * sizeof(long))
cdef double* bipolar_d = <double*>stdlib.malloc(length * sizeof(double))
for i in range(length):
    bipolar[i] = 1 - 2 * seq[i]
    bipolar_d[i] = bipolar[i] * 0.5
for s in range(4):
    print("autocorrelation shift", s, dot_shifted(bipolar, length, s),
          dot_shifted(bipolar_d, length, s))
stdlib.free(bipolar)
stdlib.free(bipolar_d)

state[:] = 1
end_idx = _max_len_seq_inner(taps64, state, nbits, length, seq)
code = ones = 0
for i in range(length):
    code = code * 2 + seq[i]
    ones += seq[i]
print("taps (4, 3, 1): ones", ones, "code", code, "state", state[0], state[1], state[2], state[3], state[4])
