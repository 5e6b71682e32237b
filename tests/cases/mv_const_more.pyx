# const views: slicing, copies becoming writable, passing to const parameters.
from cython.view cimport array as cvarray
cdef double total(const double[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s
def main():
    cdef double[:] a = cvarray(shape=(5,), itemsize=sizeof(double), format="d")
    cdef int i
    for i in range(5):
        a[i] = i + 0.5
    cdef const double[:] c = a
    print(total(c), total(a[::2]), total(c[::-2]))
    cdef const double[:] s = c[1:4]
    print(s[0], s[-1], s.shape[0])
    cdef double[:] w = c.copy()
    w[0] = 100.0
    print(w[0], c[0], a[0])
    a[1] = -1.0
    print(c[1], s[0])
    cdef const double[:, :] t = a[None, :]
    print(t.shape[0], t.shape[1], t[0, 4])
main()
