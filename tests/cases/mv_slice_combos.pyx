# 1-D slicing: negative/out-of-range start/stop with negative steps, empty results.
from cython.view cimport array as cvarray
cdef void show(long[:] s):
    cdef Py_ssize_t i
    print(s.shape[0], s.strides[0], end=":")
    for i in range(s.shape[0]):
        print("", s[i], end="")
    print()
def main():
    cdef long[:] v = cvarray(shape=(8,), itemsize=sizeof(long), format="l")
    cdef int i
    for i in range(8):
        v[i] = i
    show(v[-2:-6:-1])
    show(v[100:-100:-3])
    show(v[-100:100:3])
    show(v[5:5])
    show(v[-1:-1:-1])
    show(v[3::-2])
    show(v[:3:-2])
    show(v[::-3][::-1])
    show(v[1:7][::-2][1:])
    show(v[7:0:-1][2:4])
    show(v[-3:-1])
    show(v[0:-9:-1])
    cdef Py_ssize_t a = -9, b = 9, c = -4
    show(v[a:b:c])
    show(v[b:a:c])
main()
