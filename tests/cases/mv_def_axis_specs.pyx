# Views passed to def functions with generic/strided/contiguous specs, run-time checks.
from cython.view cimport array as cvarray
cimport cython
def total_c(int[::1] v):
    cdef int s = 0, i
    for i in range(v.shape[0]):
        s += v[i]
    return s
def total_f(int[::1, :] m):
    return m[1, 0] + m.shape[0] * 100
def total_gen(int[:, :] m):
    return m[0, 1]
def main():
    cdef int[:, ::1] m = cvarray(shape=(3, 4), itemsize=sizeof(int), format="i")
    cdef int i, j
    for i in range(3):
        for j in range(4):
            m[i, j] = i * 4 + j
    print(total_c(m[1]), total_c(m[2, 1:3]), total_c(m[0, ::-1][::-1]))
    print(total_f(m.T), total_gen(m.T), total_gen(m[::2, ::3]))
    print(total_f(m[:, :1]), total_f(m[:1, :]))
    try:
        total_c(m[:, 0])
    except ValueError as e:
        print(e)
    try:
        total_f(m)
    except ValueError as e:
        print(e)
    print(total_c(m[0, 1:2]), total_c(m[0, ::4]))
main()
