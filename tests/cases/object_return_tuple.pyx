# A function returning a Python object (`def`, or `cdef`/`cpdef` without a
# return type) may return a tuple of C numbers: Cython's tuple, which a
# caller unpacks or prints.
cdef sum_and_count(double[:] v):
    cdef double s = 0
    cdef Py_ssize_t i, n = 0
    for i in range(v.shape[0]):
        if v[i] > 0:
            s += v[i]
            n += 1
    return s, n

def minmax(long a, long b):
    if a < b:
        return a, b
    return b, a

cpdef divmod_c(long a, long b):
    return a // b, a % b, a > b

cdef double buf[4]
buf[:] = [1.5, -2.0, 3.0, 0.5]
cdef double total
cdef Py_ssize_t count
total, count = sum_and_count(buf)
print(total, count)
print(minmax(5, 3), minmax(1, 9))
lo, hi = minmax(7, -7)
print(lo, hi)
print(divmod_c(17, 5))
q, r, bigger = divmod_c(-17, 5)
print(q, r, bigger)
