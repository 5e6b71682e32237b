# Off-by-one variants of every family whose checks lowering removes
# (windows, stencils, triangles, reversed ranges, min() bounds, guards,
# while loops, rows of an outer loop): each must still raise the
# IndexError Cython raises, or wrap a negative index as Cython does.
from cython.view cimport array as cvarray

cdef double window_one_past(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w + 1):
        win = a[i:i + w]
        for k in range(w + 1):
            s += win[k]
    return s

cdef double window_wraps(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k - 1]
    return s

cdef double window_negative_width(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w):
        win = a[i:i + w]
        s += win.shape[0]
        for k in range(w):
            s += win[k]
    return s

cdef double window_range_one_past(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w + 1):
        for k in range(i, i + w + 1):
            s += a[k]
    return s

cdef double window_reassigned_inside(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k]
            win = a[:1]
    return s

cdef double stencil_one_past(double[::1] a, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, k
    cdef Py_ssize_t n = a.shape[0]
    for i in range(r, n - r + 1):
        for k in range(-r, r + 1):
            s += a[i + k]
    return s

cdef double stencil_wraps(double[::1] a, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, k
    cdef Py_ssize_t n = a.shape[0]
    for i in range(r, n - r):
        for k in range(-r - 1, r + 1):
            s += a[i + k]
    return s

cdef double stencil_negative_radius(double[::1] a, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, k
    cdef Py_ssize_t n = a.shape[0]
    for i in range(r, n - r):
        s += 1
        for k in range(-r, r + 1):
            s += a[i + k]
    return s

cdef double triangle_one_past(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = a.shape[0]
    for i in range(n):
        for j in range(i + 2):
            s += a[j]
    return s

cdef double triangle_above_past(double[:, ::1] m):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = min(m.shape[0], m.shape[1])
    for i in range(n):
        for j in range(i + 1, n + 1):
            s += m[i, j] + m[j, i]
    return s

cdef double reversed_from_extent(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0], -1, -1):
        s += a[i]
    return s

cdef double reversed_to_minus_one(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0] - 1, -2, -1):
        s += a[i]
    return s

cdef double min_one_past(double[::1] a, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i
    cdef Py_ssize_t m = min(n, a.shape[0] + 1)
    for i in range(m):
        s += a[i]
    return s

cdef double guard_le(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(10):
        if i <= a.shape[0]:
            s += a[i]
    return s

cdef double guard_wraps(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t j
    cdef Py_ssize_t n = a.shape[0]
    for j in range(-3, 3):
        if -1 <= j < n:
            s += a[j]
    return s

cdef double guard_then_moved(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(10):
        if i < a.shape[0]:
            i = i + 1
            s += a[i]
    return s

cdef double while_le(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i <= a.shape[0]:
        s += a[i]
        i += 1
    return s

cdef double while_ahead(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i < a.shape[0]:
        s += a[i + 1]
        i += 1
    return s

cdef double while_down(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 2
    cdef Py_ssize_t n = a.shape[0]
    while i < n:
        s += a[i]
        i -= 3
    return s

cdef double row_one_past(double[:, ::1] m):
    cdef double s = 0
    cdef double[::1] row
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        row = m[i, 1:]
        for j in range(m.shape[1]):
            s += row[j]
    return s

def main():
    cdef double[::1] a = cvarray(shape=(6,), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] m = cvarray(shape=(3, 4), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i, j
    for i in range(6):
        a[i] = i + 1
    for i in range(3):
        for j in range(4):
            m[i, j] = i * 10 + j
    try:
        print("window_one_past", window_one_past(a, 2))
    except IndexError as e:
        print("window_one_past", "IndexError", e)
    try:
        print("window_wraps", window_wraps(a, 3))
    except IndexError as e:
        print("window_wraps", "IndexError", e)
    try:
        print("window_negative_width", window_negative_width(a, -2))
    except IndexError as e:
        print("window_negative_width", "IndexError", e)
    try:
        print("window_range_one_past", window_range_one_past(a, 3))
    except IndexError as e:
        print("window_range_one_past", "IndexError", e)
    try:
        print("window_reassigned_inside", window_reassigned_inside(a, 3))
    except IndexError as e:
        print("window_reassigned_inside", "IndexError", e)
    try:
        print("stencil_one_past", stencil_one_past(a, 1))
    except IndexError as e:
        print("stencil_one_past", "IndexError", e)
    try:
        print("stencil_wraps", stencil_wraps(a, 1))
    except IndexError as e:
        print("stencil_wraps", "IndexError", e)
    try:
        print("stencil_negative_radius", stencil_negative_radius(a, -1))
    except IndexError as e:
        print("stencil_negative_radius", "IndexError", e)
    try:
        print("triangle_one_past", triangle_one_past(a))
    except IndexError as e:
        print("triangle_one_past", "IndexError", e)
    try:
        print("triangle_above_past", triangle_above_past(m))
    except IndexError as e:
        print("triangle_above_past", "IndexError", e)
    try:
        print("reversed_from_extent", reversed_from_extent(a))
    except IndexError as e:
        print("reversed_from_extent", "IndexError", e)
    try:
        print("reversed_to_minus_one", reversed_to_minus_one(a))
    except IndexError as e:
        print("reversed_to_minus_one", "IndexError", e)
    try:
        print("min_one_past", min_one_past(a, 100))
    except IndexError as e:
        print("min_one_past", "IndexError", e)
    try:
        print("guard_le", guard_le(a))
    except IndexError as e:
        print("guard_le", "IndexError", e)
    try:
        print("guard_wraps", guard_wraps(a))
    except IndexError as e:
        print("guard_wraps", "IndexError", e)
    try:
        print("guard_then_moved", guard_then_moved(a))
    except IndexError as e:
        print("guard_then_moved", "IndexError", e)
    try:
        print("while_le", while_le(a))
    except IndexError as e:
        print("while_le", "IndexError", e)
    try:
        print("while_ahead", while_ahead(a))
    except IndexError as e:
        print("while_ahead", "IndexError", e)
    try:
        print("while_down", while_down(a))
    except IndexError as e:
        print("while_down", "IndexError", e)
    try:
        print("row_one_past", row_one_past(m))
    except IndexError as e:
        print("row_one_past", "IndexError", e)

main()
