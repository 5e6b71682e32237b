# Returning views from cdef/def functions, reassigning views in loops.
from cython.view cimport array as cvarray
cdef int[:] tail(int[:] v, int k):
    return v[k:]
def rev(int[:] v):
    return v[::-1]
cdef double[:, :] make(int n, int m):
    cdef double[:, :] a = cvarray(shape=(n, m), itemsize=sizeof(double), format="d")
    a[:, :] = 0.5
    return a
def main():
    cdef int[:] v = cvarray(shape=(6,), itemsize=sizeof(int), format="i")
    cdef int i
    for i in range(6):
        v[i] = i * i
    cdef int[:] w = v
    for i in range(3):
        w = tail(w, 1)
        print(w.shape[0], w[0])
    w = rev(v)
    print(w[0], w[5], w.strides[0])
    cdef double[:, :] a
    for i in range(1, 4):
        a = make(i, i + 1)
        a[i - 1, i] = i
        print(a.shape[0], a.shape[1], a[i - 1, i], a[0, 0])
    cdef int[:] n = None
    print(n is None, w is None)
    n = rev(rev(v))
    print(n is None, n[2])
main()
