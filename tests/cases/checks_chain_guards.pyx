# Chained comparisons guarding view indexes: every pair of a chain says
# something about its own two operands only, so the checks a chain does not
# cover stay (a wrong pairing once removed the check in `g3` and read far
# outside the buffer). Also a stencil whose inner range says `r >= 0`, and
# while loops counting up by a step under a bound.
from cython cimport view

cdef double g1(double[::1] a, Py_ssize_t i):
    if 0 <= i < a.shape[0]:
        return a[i]
    return -1.0

cdef double g2(double[::1] a, Py_ssize_t i, Py_ssize_t m):
    if 0 <= i < m <= a.shape[0]:
        return a[i]
    return -1.0

cdef double g3(double[::1] a, Py_ssize_t i):
    if 0 <= i > a.shape[0] < 10:
        return a[i]
    return -1.0

cdef double g4(double[::1] a, Py_ssize_t i, Py_ssize_t j):
    if -1 < i < j > 2 < a.shape[0]:
        return a[j]
    return -1.0

cdef double g5(double[::1] a, Py_ssize_t i, Py_ssize_t j):
    if a.shape[0] > i >= 0 <= j:
        return a[i] + a[j]
    return -1.0

cdef double stencil(double[:, ::1] m, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, j, k
    for i in range(r, m.shape[0] - r):
        for j in range(r, m.shape[1] - r):
            for k in range(-r, r + 1):
                s += m[i + k, j] + m[i, j + k]
    return s

cdef double walk(double[::1] a, Py_ssize_t step, Py_ssize_t d):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i < a.shape[0] - d:
        s += a[i + d]
        i += step
    return s

cdef double walk_le(double[::1] a, Py_ssize_t d):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i <= a.shape[0] - d:
        s += a[i + d - 1]
        i += 3
    return s

def main():
    cdef double[::1] a = view.array(shape=(6,), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] m = view.array(shape=(5, 7), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i, j, t, u, r, step, d
    cdef Py_ssize_t[7] firsts = [-7, -1, 0, 3, 5, 6, 1000]
    cdef Py_ssize_t[4] seconds = [-1, 2, 6, 7]
    cdef Py_ssize_t[6] thirds = [-2, 0, 3, 5, 6, 9]
    cdef Py_ssize_t[4] steps = [1, 2, 3, 7]
    cdef Py_ssize_t[5] offsets = [-7, -1, 0, 1, 2]
    for i in range(6):
        a[i] = i * 1.5
    for i in range(5):
        for j in range(7):
            m[i, j] = i * 7 + j
    for t in range(7):
        i = firsts[t]
        print("g1", i, g1(a, i))
        for u in range(4):
            j = seconds[u]
            try:
                print("g2", i, j, g2(a, i, j))
            except IndexError as e:
                print("g2", i, j, "IndexError:", e)
        try:
            print("g3", i, g3(a, i))
        except IndexError as e:
            print("g3", i, "IndexError:", e)
        for u in range(6):
            j = thirds[u]
            try:
                print("g4", i, j, g4(a, i, j))
            except IndexError as e:
                print("g4", i, j, "IndexError:", e)
            try:
                print("g5", i, j, g5(a, i, j))
            except IndexError as e:
                print("g5", i, j, "IndexError:", e)
    for r in range(-3, 4):
        print("stencil", r, stencil(m, r))
    for t in range(4):
        step = steps[t]
        for u in range(5):
            d = offsets[u]
            try:
                print("walk", step, d, walk(a, step, d))
            except IndexError as e:
                print("walk", step, d, "IndexError:", e)
    for d in range(-1, 3):
        try:
            print("walk_le", d, walk_le(a, d))
        except IndexError as e:
            print("walk_le", d, "IndexError:", e)

main()
