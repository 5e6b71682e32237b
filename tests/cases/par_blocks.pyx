# `with nogil, parallel():` blocks with thread-local buffers, a prange inside
# them, and loops over rows of a 2-D view where each iteration takes a slice
# (Cython issue 2987's shape); results are written per row, so they do not
# depend on the team.
from cython.parallel cimport prange, parallel
from libc.stdlib cimport malloc, free
cimport cython

cdef double total(const double[::1] row) noexcept nogil:
    cdef Py_ssize_t j
    cdef double s = 0
    for j in range(row.shape[0]):
        s = s + row[j]
    return s

cdef long window_sum(long[::1] win) noexcept nogil:
    cdef Py_ssize_t k
    cdef long s = 0
    for k in range(win.shape[0]):
        s = s + win[k]
    return s

def row_sums(double[:, ::1] m, double[::1] out, int threads):
    cdef Py_ssize_t i
    cdef double s = 0
    for i in prange(m.shape[0], nogil=True, num_threads=threads):
        s = total(m[i, :])
        out[i] = s
    print("rows", out[0], out[m.shape[0] - 1], s)

def windows(long[::1] a, long[::1] out, int w):
    cdef Py_ssize_t i
    for i in prange(a.shape[0] - w + 1, nogil=True, schedule='static', chunksize=4):
        out[i] = window_sum(a[i:i + w])
    print("windows", out[0], out[a.shape[0] - w])

def scratch(long[::1] a, long[::1] out):
    cdef Py_ssize_t i, k
    cdef long *buf
    with nogil, parallel(num_threads=2):
        buf = <long *>malloc(4 * sizeof(long))
        for i in prange(a.shape[0], schedule='dynamic'):
            for k in range(4):
                buf[k] = a[i] * (k + 1)
            out[i] = buf[0] + buf[1] + buf[2] + buf[3]
        free(buf)
    print("scratch", out[0], out[1], out[a.shape[0] - 1])

cdef double[:, ::1] m = cython.view.array(shape=(9, 5), itemsize=sizeof(double), format="d")
cdef double[::1] out = cython.view.array(shape=(9,), itemsize=sizeof(double), format="d")
cdef long[::1] a = cython.view.array(shape=(30,), itemsize=sizeof(long), format="l")
cdef long[::1] o = cython.view.array(shape=(30,), itemsize=sizeof(long), format="l")
cdef int i, j
for i in range(9):
    for j in range(5):
        m[i, j] = i * 10 + j
for i in range(30):
    a[i] = i * i
row_sums(m, out, 1)
row_sums(m, out, 2)
row_sums(m, out, 4)
windows(a, o, 3)
windows(a, o, 8)
scratch(a, o)
