# pandas style (_libs/algos.pyx diff_2d, core/array_algos shift): n-period
# differences along either axis of a 2D block for several input dtypes
# (two independent fused types: `diff_t` for the input, `out_t` for the
# float32/float64 output), a loop order chosen by is_f_contig(), and a row
# shift with fill done by memmove declared in a `cdef extern from
# "string.h"` block.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as cnp
from numpy cimport float32_t, float64_t, int8_t, int16_t, int32_t, int64_t

cnp.import_array()

cdef extern from "string.h" nogil:
    void* memmove(void* dest, const void* src, size_t n)

ctypedef fused diff_t:
    float64_t
    float32_t
    int8_t
    int16_t
    int32_t
    int64_t

ctypedef fused out_t:
    float32_t
    float64_t


def diff_2d(const diff_t[:, :] arr, out_t[:, :] out, Py_ssize_t periods, int axis):
    """out[i, j] = arr[i, j] - arr[i - periods, j] (axis 0) or arr[i, j - periods]
    (axis 1) where the shifted index exists; other entries are left alone.
    The loop nest follows the input's memory order."""
    cdef Py_ssize_t i, j, di, dj, r0, r1, c0, c1
    cdef Py_ssize_t n_rows = arr.shape[0], n_cols = arr.shape[1]
    if axis != 0 and axis != 1:
        raise ValueError("axis must be 0 or 1, got %d" % axis)
    di = periods if axis == 0 else 0
    dj = periods if axis == 1 else 0
    r0, r1 = max(di, 0), n_rows + min(di, 0)
    c0, c1 = max(dj, 0), n_cols + min(dj, 0)
    if arr.is_f_contig():
        for j in range(c0, c1):
            for i in range(r0, r1):
                out[i, j] = <out_t>(arr[i, j] - arr[i - di, j - dj])
    else:
        for i in range(r0, r1):
            for j in range(c0, c1):
                out[i, j] = <out_t>(arr[i, j] - arr[i - di, j - dj])


cdef void shift_rows(float64_t[:, ::1] a, Py_ssize_t periods, float64_t fill) noexcept nogil:
    cdef Py_ssize_t n = a.shape[0], k = a.shape[1], i, j
    if periods > 0:
        memmove(&a[periods, 0], &a[0, 0], (n - periods) * k * sizeof(float64_t))
        for i in range(periods):
            for j in range(k):
                a[i, j] = fill
    elif periods < 0:
        memmove(&a[0, 0], &a[-periods, 0], (n + periods) * k * sizeof(float64_t))
        for i in range(n + periods, n):
            for j in range(k):
                a[i, j] = fill


cdef Py_ssize_t R = 6, C = 4, i, j
cdef int8_t[:, ::1] a8 = np.empty((R, C), dtype=np.int8)
cdef int64_t[::1, :] a64 = np.empty((R, C), dtype=np.int64, order='F')
cdef float32_t[:, ::1] af = np.empty((R, C), dtype=np.float32)
for i in range(R):
    for j in range(C):
        a8[i, j] = <int8_t>((i * 45 + j * 30) % 256 - 128)
        a64[i, j] = (i * i) * (j + 1) - 10 * j
        af[i, j] = i * 0.75 - j * 0.5
cdef float64_t[:, :] out = np.full((R, C), np.nan)
cdef float32_t[:, :] outf = np.full((R, C), np.nan, dtype=np.float32)
diff_2d(a8, out, 1, 0)
print("int8 axis0:", out[0, 0], out[1, 0], out[3, 2], out[5, 3])
out[:, :] = np.nan
diff_2d(a64, out, -2, 1)
print("int64 F axis1 periods -2:", out[0, 0], out[2, 1], out[5, 1], out[5, 3])
diff_2d(af, outf, 2, 0)
print("float32 axis0:", outf[1, 1], outf[2, 1], outf[5, 3])
cdef float64_t[:, ::1] block = np.empty((R, 2), dtype=np.float64)
for i in range(R):
    block[i, 0] = i
    block[i, 1] = 10 * i
shift_rows(block, 2, -1.0)
print("shift +2:", block[0, 0], block[1, 1], block[2, 0], block[5, 1])
shift_rows(block, -3, 99.0)
print("shift -3:", block[0, 0], block[0, 1], block[2, 1], block[3, 0], block[5, 1])
