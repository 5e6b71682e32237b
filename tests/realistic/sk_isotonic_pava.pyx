# scikit-learn style (_isotonic.pyx): pool-adjacent-violators isotonic
# regression in place with a stack of blocks (mean, weight, end), written
# with pure-Python-mode spellings (`import cython`, cython.floating,
# cython.Py_ssize_t, cython.double, decorators), plus the averaging of
# duplicate x values that precedes it.
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
        cython.Py_ssize_t n = y.shape[0], i, top = 0, start
        cython.floating merged_w
        cython.floating[::1] block_mean = np.empty_like(y)
        cython.floating[::1] block_w = np.empty_like(w)
        cython.Py_ssize_t[::1] block_end = np.empty(n, dtype=np.intp)
    with nogil:
        for i in range(n):
            # push the point as its own block, then merge while decreasing
            block_mean[top] = y[i]
            block_w[top] = w[i]
            block_end[top] = i + 1
            top += 1
            while top > 1 and block_mean[top - 2] >= block_mean[top - 1]:
                merged_w = block_w[top - 2] + block_w[top - 1]
                block_mean[top - 2] = (block_mean[top - 2] * block_w[top - 2]
                                       + block_mean[top - 1] * block_w[top - 1]) / merged_w
                block_w[top - 2] = merged_w
                block_end[top - 2] = block_end[top - 1]
                top -= 1
        # expand the blocks back over y, and leave each block's weight in w
        start = 0
        for i in range(top):
            y[start:block_end[i]] = block_mean[i]
            w[start] = block_w[i]
            start = block_end[i]


@cython.boundscheck(False)
@cython.wraparound(False)
def make_unique(const cython.double[::1] X, const cython.double[::1] y,
                const cython.double[::1] sample_weights,
                cython.double[::1] x_out, cython.double[::1] y_out,
                cython.double[::1] w_out):
    """Weighted mean of y over runs of equal (sorted) X; returns the number of runs."""
    cdef cython.Py_ssize_t n = X.shape[0], i, run = 0
    for i in range(n):
        if i > 0 and X[i] == x_out[run]:
            w_out[run] += sample_weights[i]
            y_out[run] += y[i] * sample_weights[i]
        else:
            if i > 0:
                run += 1
            x_out[run] = X[i]
            w_out[run] = sample_weights[i]
            y_out[run] = y[i] * sample_weights[i]
    for i in range(run + 1):
        y_out[i] /= w_out[i]
    return run + 1


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
print("float32:", yf[0], yf[3], yf[4], yf[8], "weight of the first block", wf[0])
