# `prange` and `with nogil, parallel():` from cython.parallel (recorded with
# OpenMP): reductions by in-place operators,
# the last values of the loop variable and of privates after the loop,
# `schedule`/`chunksize`/`num_threads`, steps, `break` (which variable
# values a break leaves depends on the team: two threads here), `else`, nested
# loops, `threadid()`, thread-local buffers in a parallel block and a
# `with gil:` section inside it.
cimport cython
from cython.parallel cimport prange, parallel, threadid
from libc.stdlib cimport calloc, free

cdef double dot(double[::1] a, double[::1] b) noexcept nogil:
    cdef Py_ssize_t i
    cdef double s = 0
    for i in prange(a.shape[0], schedule='static'):
        s += a[i] * b[i]
    return s

def stats(double[::1] v):
    cdef Py_ssize_t i, last = -1
    cdef double total = 0, prod = 1, x = 0
    cdef int count = 0
    for i in prange(v.shape[0], nogil=True, schedule='dynamic', chunksize=2, num_threads=3):
        x = v[i] * 2
        total += x
        prod *= v[i]
        if v[i] > 2:
            count += 1
        last = i
    print("stats", total, prod, count, x, i, last)

def first_negative(double[::1] v):
    cdef Py_ssize_t i
    cdef Py_ssize_t found = -1
    for i in prange(v.shape[0], nogil=True, num_threads=2):
        if v[i] < 0:
            found = i
            break
    else:
        found = -2
    return found

def strided(int n):
    cdef int i, j
    cdef long acc = 0
    for i in prange(n - 1, -1, -2, nogil=True):
        for j in range(i):
            acc += i * j
    return acc

def blocked(double[::1] v, int nb):
    cdef int b, k, nbins = 4
    cdef double *local
    cdef double[4] hist
    for k in range(nbins):
        hist[k] = 0
    with nogil, parallel(num_threads=2):
        local = <double *>calloc(nbins, sizeof(double))
        for b in prange(v.shape[0], schedule='guided'):
            local[(<int>v[b] % nbins + nbins) % nbins] += 1
        with gil:
            for k in range(nbins):
                hist[k] += local[k]
        free(local)
    print("hist", hist[0], hist[1], hist[2], hist[3])

cdef double[::1] v = cython.view.array(shape=(7,), itemsize=sizeof(double), format="d")
cdef double[::1] w = cython.view.array(shape=(7,), itemsize=sizeof(double), format="d")
cdef int i
for i in range(7):
    v[i] = i + 0.5
    w[i] = 7 - i
print("dot", dot(v, w))
stats(v)
print("neg", first_negative(v))
v[4] = -1
print("neg", first_negative(v))
print("strided", strided(9), strided(0))
blocked(v, 3)
