# Slices with every kind of bound, in and out of loops: negative, past
# either end, empty, reversed, and on the second axis after an index.
from cython.view cimport array as cvarray

cdef double total(double[:] s):
    cdef double t = 0
    cdef Py_ssize_t k
    for k in range(s.shape[0]):
        t += s[k]
    return t

def main():
    cdef double[::1] a = cvarray(shape=(7,), itemsize=sizeof(double), format="d")
    cdef double[:, :] m = cvarray(shape=(3, 5), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i, j
    for i in range(7):
        a[i] = i + 0.5
    for i in range(3):
        for j in range(5):
            m[i, j] = i * 10 + j
    print(total(a[-3:]), total(a[:-5]), total(a[2:-2]), total(a[-100:100]), total(a[5:2]))
    print(a[3:].shape[0], a[:0].shape[0], a[7:].shape[0], a[-1:].shape[0])
    for i in range(-9, 10, 3):
        print(i, total(a[i:]), total(a[:i]), total(a[i:i + 2]), total(a[i - 1:i + 1]))
    for i in range(3):
        print(total(m[i, 1:4]), total(m[i, :]), total(m[:, i]), total(m[i, -2:]))
    for i in range(1, 6):
        print(total(a[i - 1:i + 1]), a[i - 1:i + 1].shape[0])

main()
