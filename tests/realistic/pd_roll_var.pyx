# pandas style (_libs/window/aggregations.pyx): rolling variance by
# Welford's online algorithm with add/remove through pointers, ddof, and
# rolling min/max over fixed windows with a monotonic deque kept in a
# malloc'd ring of indices.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, int64_t
from libc.math cimport isnan, NAN
from libc.stdlib cimport malloc, free

cnp.import_array()


cdef inline float64_t calc_var(int64_t minp, int ddof, float64_t nobs,
                               float64_t ssqdm_x) noexcept nogil:
    if nobs < minp or nobs <= ddof:
        return NAN
    if nobs == 1:
        return 0.0
    # rounding can leave a tiny negative sum of squares: clip it
    return max(ssqdm_x, 0.0) / (nobs - ddof)


cdef inline void add_var(float64_t val, float64_t* nobs, float64_t* mean_x,
                         float64_t* ssqdm_x) noexcept nogil:
    cdef float64_t delta
    if isnan(val):
        return
    nobs[0] = nobs[0] + 1
    delta = val - mean_x[0]
    mean_x[0] = mean_x[0] + delta / nobs[0]
    ssqdm_x[0] = ssqdm_x[0] + ((nobs[0] - 1) * delta ** 2) / nobs[0]


cdef inline void remove_var(float64_t val, float64_t* nobs, float64_t* mean_x,
                            float64_t* ssqdm_x) noexcept nogil:
    cdef float64_t delta
    if not isnan(val):
        nobs[0] = nobs[0] - 1
        if nobs[0]:
            delta = val - mean_x[0]
            mean_x[0] = mean_x[0] - delta / nobs[0]
            ssqdm_x[0] = ssqdm_x[0] - ((nobs[0] + 1) * delta ** 2) / nobs[0]
        else:
            mean_x[0] = 0
            ssqdm_x[0] = 0


def roll_var(const float64_t[:] values, int64_t window, int64_t minp, int ddof=1):
    cdef float64_t mean_x = 0, ssqdm_x = 0, nobs = 0
    cdef Py_ssize_t i, N = values.shape[0]
    cdef float64_t[::1] output = np.empty(N, dtype=np.float64)
    minp = max(minp, 1)
    with nogil:
        for i in range(N):
            add_var(values[i], &nobs, &mean_x, &ssqdm_x)
            if i >= window:
                remove_var(values[i - window], &nobs, &mean_x, &ssqdm_x)
            output[i] = calc_var(minp, ddof, nobs, ssqdm_x)
    return np.asarray(output)


def roll_max_min(const float64_t[:] values, int64_t window, bint is_max):
    cdef Py_ssize_t N = values.shape[0], i, head = 0, tail = 0
    cdef Py_ssize_t* q = <Py_ssize_t*>malloc((N + 1) * sizeof(Py_ssize_t))
    cdef float64_t[::1] output = np.empty(N, dtype=np.float64)
    cdef float64_t v
    with nogil:
        for i in range(N):
            v = values[i]
            if not isnan(v):
                while tail > head and ((is_max and values[q[tail - 1]] <= v)
                                       or (not is_max and values[q[tail - 1]] >= v)):
                    tail -= 1
                q[tail] = i
                tail += 1
            while tail > head and q[head] <= i - window:
                head += 1
            output[i] = values[q[head]] if tail > head else NAN
    free(q)
    return np.asarray(output)


cdef Py_ssize_t N = 16, i
cdef float64_t[::1] x = np.empty(N, dtype=np.float64)
for i in range(N):
    x[i] = ((i * 7) % 10) * 0.5 - 1
x[4] = NAN
x[11] = NAN
cdef float64_t[::1] var1 = roll_var(x, 4, 2)
cdef float64_t[::1] var0 = roll_var(x, 5, 3, 0)
cdef float64_t[::1] mx = roll_max_min(x, 3, True)
cdef float64_t[::1] mn = roll_max_min(x, 3, False)
for i in range(N):
    print(i, x[i], var1[i], var0[i], mx[i], mn[i])
