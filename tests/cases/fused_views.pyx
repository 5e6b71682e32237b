# Fused memoryviews (`const floating[:, ::1]`, `integral[:]`), fused pointers,
# `sizeof(floating)` and `<floating *>` casts inside a specialisation, a `def`
# fused function called with typed views (dispatched on the element type),
# a fused `cdef` called from inside another specialisation, and a
# conditional expression decided by `floating is float`.
from cython cimport floating, integral
from cython cimport view
from libc.stdlib cimport malloc, free

cdef floating row_sum(const floating[:, ::1] m, Py_ssize_t i) noexcept nogil:
    cdef Py_ssize_t j
    cdef floating acc = 0
    for j in range(m.shape[1]):
        acc += m[i, j]
    return acc

cdef void scale_into(floating *out, const floating[::1] src, floating k) noexcept nogil:
    cdef Py_ssize_t i
    for i in range(src.shape[0]):
        out[i] = src[i] * k

def totals(const floating[:, ::1] m, floating[::1] out):
    cdef Py_ssize_t i
    cdef floating big = 1e30 if floating is float else 1e300
    for i in range(m.shape[0]):
        out[i] = row_sum(m, i)
    print("itemsize", sizeof(floating), "big", big > 1e20)
    return out[0] + out[m.shape[0] - 1]

def count_odd(integral[:] v):
    cdef Py_ssize_t i
    cdef integral n = 0
    for i in range(v.shape[0]):
        if v[i] % 2:
            n += 1
    return n

cdef double[:, ::1] md = view.array(shape=(3, 4), itemsize=sizeof(double), format="d")
cdef float[:, ::1] mf = view.array(shape=(3, 4), itemsize=sizeof(float), format="f")
cdef double[::1] od = view.array(shape=(3,), itemsize=sizeof(double), format="d")
cdef float[::1] of = view.array(shape=(3,), itemsize=sizeof(float), format="f")
cdef int i, j
for i in range(3):
    for j in range(4):
        md[i, j] = i * 4 + j + 0.5
        mf[i, j] = i * 4 + j + 0.25
print(totals(md, od), od[0], od[1], od[2])
print(totals(mf, of), of[0], of[1], of[2])

cdef float *buf = <float *>malloc(4 * sizeof(float))
scale_into(buf, mf[1], <float>2)
print(buf[0], buf[3])
free(buf)

cdef long[:] lv = view.array(shape=(5,), itemsize=sizeof(long), format="l")
cdef short[:] sv = view.array(shape=(5,), itemsize=sizeof(short), format="h")
for i in range(5):
    lv[i] = i * 3
    sv[i] = i
print(count_odd(lv), count_odd(sv))
