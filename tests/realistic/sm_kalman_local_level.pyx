# statsmodels style (tsa/statespace/_filters, _kalman_filter): a univariate
# Kalman filter for the local level model with missing observations,
# diffuse-ish initialisation, concentrated log-likelihood via
# `from libc cimport math` (math.log, math.M_PI), forecasts and a fixed-
# interval smoother; doubles printed through %-formatting.
#!python
#cython: boundscheck=False, wraparound=False, cdivision=True
import numpy as np
cimport numpy as np
from libc cimport math

np.import_array()

ctypedef np.float64_t float64_t


cdef struct KalmanState:
    float64_t a          # predicted state
    float64_t P          # predicted state variance
    float64_t loglike
    int nobs_used


cdef void kalman_filter(const float64_t[::1] y, float64_t sigma2_eps, float64_t sigma2_eta,
                        float64_t a0, float64_t P0, KalmanState* st,
                        float64_t[::1] filtered, float64_t[::1] filtered_var,
                        float64_t[::1] forecast_err, float64_t[::1] F_out) noexcept nogil:
    cdef Py_ssize_t t
    cdef float64_t v, F, K
    st.a = a0
    st.P = P0
    st.loglike = 0
    st.nobs_used = 0
    for t in range(y.shape[0]):
        if math.isnan(y[t]):
            # missing: the update step is skipped
            filtered[t] = st.a
            filtered_var[t] = st.P
            forecast_err[t] = 0
            F_out[t] = st.P + sigma2_eps
        else:
            v = y[t] - st.a
            F = st.P + sigma2_eps
            K = st.P / F
            filtered[t] = st.a + K * v
            filtered_var[t] = st.P * (1 - K)
            forecast_err[t] = v
            F_out[t] = F
            if t > 0:   # the first observation is treated as diffuse
                st.loglike += -0.5 * (math.log(2 * math.M_PI) + math.log(F) + v * v / F)
                st.nobs_used += 1
        st.a = filtered[t]
        st.P = filtered_var[t] + sigma2_eta


cdef void state_smoother(const float64_t[::1] filtered, const float64_t[::1] filtered_var,
                         float64_t sigma2_eta, float64_t[::1] smoothed) noexcept nogil:
    cdef Py_ssize_t t, n = filtered.shape[0]
    cdef float64_t J
    smoothed[n - 1] = filtered[n - 1]
    for t in range(n - 2, -1, -1):
        J = filtered_var[t] / (filtered_var[t] + sigma2_eta)
        smoothed[t] = filtered[t] + J * (smoothed[t + 1] - filtered[t])


def loglike_local_level(const float64_t[::1] y, float64_t sigma2_eps, float64_t sigma2_eta):
    cdef Py_ssize_t n = y.shape[0]
    cdef float64_t[::1] filt = np.empty(n), fvar = np.empty(n), err = np.empty(n)
    cdef float64_t[::1] F = np.empty(n)
    cdef KalmanState st
    kalman_filter(y, sigma2_eps, sigma2_eta, 0.0, 1e6, &st, filt, fvar, err, F)
    return st.loglike


cdef Py_ssize_t n = 16, t
cdef float64_t[::1] y = np.empty(n, dtype=np.float64)
for t in range(n):
    y[t] = 10 + (t // 4) * 2 + ((t * 5) % 3 - 1) * 0.5
y[6] = np.nan
y[7] = np.nan
cdef float64_t[::1] filt = np.empty(n), fvar = np.empty(n), err = np.empty(n)
cdef float64_t[::1] F = np.empty(n), smooth = np.empty(n)
cdef KalmanState st
kalman_filter(y, 1.0, 0.5, 0.0, 1e6, &st, filt, fvar, err, F)
state_smoother(filt, fvar, 0.5, smooth)
print("nobs used %d, loglike %.6f" % (st.nobs_used, st.loglike))
print("final state %.9f variance %.9f" % (st.a, st.P))
for t in range(0, n, 3):
    print("t=%2d y=%5.2f filtered=%.6f smoothed=%.6f F=%.6f" % (t, y[t], filt[t], smooth[t], F[t]))
cdef float64_t[3] grid = [0.25, 1.0, 4.0]
cdef int k
for k in range(3):
    print(f"sigma2_eta={grid[k]}: loglike={loglike_local_level(y, 1.0, grid[k]):.6f}")
