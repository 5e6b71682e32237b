# Sums of every window of width `w`, and a running total.
def window_sums(double[::1] a, double[::1] out, Py_ssize_t w):
    cdef Py_ssize_t i, k
    cdef double s
    cdef double[::1] win
    for i in range(a.shape[0] - w + 1):
        win = a[i:i + w]
        s = 0
        for k in range(w):
            s += win[k]
        out[i] = s

def running_total(double[::1] a):
    cdef Py_ssize_t i
    cdef double t = 0
    for i in range(a.shape[0]):
        t += a[i]
    return t
