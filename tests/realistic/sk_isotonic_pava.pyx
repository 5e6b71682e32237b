# scikit-learn style (_isotonic.pyx): pool-adjacent-violators isotonic
# regression in place, written with pure-Python-mode spellings
# (`import cython`, cython.floating, cython.Py_ssize_t, decorators), plus the
# duplicate-x reduction that precedes it.
import cython
import numpy as np
cimport numpy as cnp

cnp.import_array()


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def inplace_contiguous_isotonic_regression(cython.floating[::1] y,
                                           cython.floating[::1] w):
    cdef:
        cython.Py_ssize_t n = y.shape[0], i, k
        cython.floating prev_y, sum_wy, sum_w
        cython.Py_ssize_t[::1] target = np.arange(n, dtype=np.intp)

    with nogil:
        i = 0
        while i < n:
            k = target[i] + 1
            if k == n:
                break
            if y[i] < y[k]:
                i = k
                continue
            sum_wy = w[i] * y[i]
            sum_w = w[i]
            while True:
                # we are within a decreasing subsequence
                prev_y = y[k]
                sum_wy += w[k] * y[k]
                sum_w += w[k]
                k = target[k] + 1
                if k == n or prev_y < y[k]:
                    # non-singleton decreasing subsequence is finished,
                    # update first entry
                    y[i] = sum_wy / sum_w
                    w[i] = sum_w
                    target[i] = k - 1
                    target[k - 1] = i
                    if i > 0:
                        # backtrack if we can
                        i = target[i - 1]
                    break
        # reconstruct the solution
        i = 0
        while i < n:
            k = target[i] + 1
            y[i + 1:k] = y[i]
            i = k


@cython.boundscheck(False)
@cython.wraparound(False)
def make_unique(const cython.double[::1] X, const cython.double[::1] y,
                const cython.double[::1] sample_weights,
                cython.double[::1] x_out, cython.double[::1] y_out,
                cython.double[::1] w_out):
    """Average y over runs of equal (sorted) X; returns the number of runs."""
    cdef cython.Py_ssize_t n = X.shape[0], i, j = -1
    cdef cython.double current_x = 0, current_weight = 0, y_total = 0
    for i in range(n):
        if i == 0 or X[i] != current_x:
            if i > 0:
                w_out[j] = current_weight
                y_out[j] = y_total / current_weight
            j += 1
            current_x = X[i]
            x_out[j] = current_x
            current_weight = y_total = 0
        current_weight += sample_weights[i]
        y_total += y[i] * sample_weights[i]
    w_out[j] = current_weight
    y_out[j] = y_total / current_weight
    return j + 1


cdef Py_ssize_t n = 14, i
cdef double[::1] X = np.empty(n, dtype=np.double)
cdef double[::1] y = np.empty(n, dtype=np.double)
cdef double[::1] sw = np.ones(n, dtype=np.double)
for i in range(n):
    X[i] = i // 2
    y[i] = ((i * 5) % 7) * 0.5 + i * 0.75
    sw[i] = 1 + (i % 3 == 1)
cdef double[::1] xu = np.empty(n), yu = np.empty(n), wu = np.empty(n)
cdef Py_ssize_t m = make_unique(X, y, sw, xu, yu, wu)
print("unique x:", m)
inplace_contiguous_isotonic_regression(yu[:m], wu[:m])
for i in range(m):
    print(xu[i], yu[i])

cdef float[::1] yf = np.empty(9, dtype=np.float32)
cdef float[::1] wf = np.ones(9, dtype=np.float32)
for i in range(9):
    yf[i] = (9 - i) % 4
inplace_contiguous_isotonic_regression(yf, wf)
print("float32:", yf[0], yf[3], yf[4], yf[8])
