# Every family whose checks lowering removes, on small arrays: the sums
# must be what Cython computes with its checks on (generated from
# benches/families.py, one function per variant).
from cython.view cimport array as cvarray

# window_slice/w3_lo0_double
cdef double k1(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(0, a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k]
    return s

# window_slice/w3_lo2_double
cdef double k2(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(2, a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k]
    return s

# window_slice/w8_lo0_double
cdef double k3(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(0, a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k]
    return s

# window_slice/w8_lo2_double
cdef double k4(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(2, a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k]
    return s

# window_slice/w17_lo0_double
cdef double k5(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(0, a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k]
    return s

# window_slice/w17_lo2_double
cdef double k6(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(2, a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k]
    return s

# window_slice/w5_own_extent
cdef double k7(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w + 1):
        win = a[i:i + w]
        for k in range(win.shape[0]):
            s += win[k]
    return s

# window_range/w2_d0
cdef double k8(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w - 0):
        for k in range(i, i + w):
            s += a[k + 0]
    return s

# window_range/w2_d1
cdef double k9(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w - 1):
        for k in range(i, i + w):
            s += a[k + 1]
    return s

# window_range/w17_d0
cdef double k10(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w - 0):
        for k in range(i, i + w):
            s += a[k + 0]
    return s

# window_range/w17_d1
cdef double k11(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w - 1):
        for k in range(i, i + w):
            s += a[k + 1]
    return s

# stencil/r1_double
cdef double k12(double[::1] a, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, k
    cdef Py_ssize_t n = a.shape[0]
    for i in range(r, n - r):
        for k in range(-r, r + 1):
            s += a[i + k]
    return s

# stencil/r2_double
cdef double k13(double[::1] a, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, k
    cdef Py_ssize_t n = a.shape[0]
    for i in range(r, n - r):
        for k in range(-r, r + 1):
            s += a[i + k]
    return s

# stencil/r5_double
cdef double k14(double[::1] a, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, k
    cdef Py_ssize_t n = a.shape[0]
    for i in range(r, n - r):
        for k in range(-r, r + 1):
            s += a[i + k]
    return s

# stencil/r1_2d
cdef double k15(double[:, ::1] m, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, j, k
    for i in range(r, m.shape[0] - r):
        for j in range(r, m.shape[1] - r):
            for k in range(-r, r + 1):
                s += m[i + k, j] + m[i, j + k]
    return s

# stencil/r3_2d
cdef double k16(double[:, ::1] m, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, j, k
    for i in range(r, m.shape[0] - r):
        for j in range(r, m.shape[1] - r):
            for k in range(-r, r + 1):
                s += m[i + k, j] + m[i, j + k]
    return s

# triangular/below_1d
cdef double k17(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = a.shape[0]
    for i in range(n):
        for j in range(i):
            s += a[i] * a[j]
    return s

# triangular/above_1d
cdef double k18(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = a.shape[0]
    for i in range(n):
        for j in range(i + 1, n):
            s += a[i] * a[j]
    return s

# triangular/diag_1d
cdef double k19(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = a.shape[0]
    for i in range(n):
        for j in range(i, n):
            s += a[i] * a[j]
    return s

# triangular/upto_1d
cdef double k20(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = a.shape[0]
    for i in range(n):
        for j in range(i + 1):
            s += a[i] * a[j]
    return s

# reversed/d0_double
cdef double k21(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0] - 1, 0 - 1, -1):
        s += a[i - 0] * 0.5 + a[i]
    return s

# reversed/d1_double
cdef double k22(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0] - 1, 1 - 1, -1):
        s += a[i - 1] * 0.5 + a[i]
    return s

# reversed/d3_double
cdef double k23(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0] - 1, 3 - 1, -1):
        s += a[i - 3] * 0.5 + a[i]
    return s

# reversed/nested_2d
cdef double k24(double[:, ::1] m):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(m.shape[0] - 1, -1, -1):
        for j in range(m.shape[1] - 1, 0, -1):
            s += m[i, j] - m[i, j - 1]
    return s

# min_bound/param_double
cdef double k25(double[::1] a, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i
    cdef Py_ssize_t m = min(n, a.shape[0])
    for i in range(m):
        s += a[i]
    return s

# min_bound/two_views
cdef double k26(double[::1] a):
    cdef double s = 0
    cdef double[::1] b = a[1:]
    cdef Py_ssize_t i
    for i in range(min(a.shape[0], b.shape[0])):
        s += a[i] * b[i]
    return s

# min_bound/rows_2d
cdef double k27(double[:, ::1] m, Py_ssize_t k):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(min(k, m.shape[0])):
        for j in range(min(m.shape[1], k)):
            s += m[i, j]
    return s

# guard/shape_double
cdef double k28(double[::1] a, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(n):
        if i < a.shape[0]:
            s += a[i]
    return s

# guard/chained
cdef double k29(double[::1] a, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t m = a.shape[0]
    for i in range(n):
        j = (i * 7) % 13 - 3
        if 0 <= j < m:
            s += a[j]
    return s

# while/step1_d0
cdef double k30(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i < a.shape[0] - 0:
        s += a[i + 0]
        i += 1
    return s

# while/step1_d1
cdef double k31(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i < a.shape[0] - 1:
        s += a[i + 1]
        i += 1
    return s

# while/step2_d0
cdef double k32(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i < a.shape[0] - 0:
        s += a[i + 0]
        i += 2
    return s

# while/step2_d1
cdef double k33(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i < a.shape[0] - 1:
        s += a[i + 1]
        i += 2
    return s

# outer_view/row
cdef double k34(double[:, ::1] m):
    cdef double s = 0
    cdef double[::1] row
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        row = m[i]
        for j in range(m.shape[1]):
            s += row[j]
    return s

# outer_view/col_window
cdef double k35(double[:, ::1] m, Py_ssize_t w):
    cdef double s = 0
    cdef double[:, ::1] blk
    cdef Py_ssize_t i, j, k
    for i in range(m.shape[0] - w):
        blk = m[i:i + w]
        for k in range(w):
            for j in range(m.shape[1]):
                s += blk[k, j]
    return s

def main():
    cdef double[::1] a = cvarray(shape=(40,), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] m = cvarray(shape=(7, 9), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i, j
    for i in range(40):
        a[i] = (i * 7) % 11
    for i in range(7):
        for j in range(9):
            m[i, j] = (i * 3 + j * 5) % 13
    print("window_slice/w3_lo0_double", k1(a, 3))
    print("window_slice/w3_lo2_double", k2(a, 3))
    print("window_slice/w8_lo0_double", k3(a, 8))
    print("window_slice/w8_lo2_double", k4(a, 8))
    print("window_slice/w17_lo0_double", k5(a, 17))
    print("window_slice/w17_lo2_double", k6(a, 17))
    print("window_slice/w5_own_extent", k7(a, 5))
    print("window_range/w2_d0", k8(a, 2))
    print("window_range/w2_d1", k9(a, 2))
    print("window_range/w17_d0", k10(a, 17))
    print("window_range/w17_d1", k11(a, 17))
    print("stencil/r1_double", k12(a, 1))
    print("stencil/r2_double", k13(a, 2))
    print("stencil/r5_double", k14(a, 5))
    print("stencil/r1_2d", k15(m, 1))
    print("stencil/r3_2d", k16(m, 3))
    print("triangular/below_1d", k17(a[:30]))
    print("triangular/above_1d", k18(a[:30]))
    print("triangular/diag_1d", k19(a[:30]))
    print("triangular/upto_1d", k20(a[:30]))
    print("reversed/d0_double", k21(a))
    print("reversed/d1_double", k22(a))
    print("reversed/d3_double", k23(a))
    print("reversed/nested_2d", k24(m))
    print("min_bound/param_double", k25(a, 1000))
    print("min_bound/two_views", k26(a))
    print("min_bound/rows_2d", k27(m, 5))
    print("guard/shape_double", k28(a, 50))
    print("guard/chained", k29(a, 50))
    print("while/step1_d0", k30(a))
    print("while/step1_d1", k31(a))
    print("while/step2_d0", k32(a))
    print("while/step2_d1", k33(a))
    print("outer_view/row", k34(m))
    print("outer_view/col_window", k35(m, 4))

main()
