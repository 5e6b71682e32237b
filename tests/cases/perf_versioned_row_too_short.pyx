# A versioned loop whose test fails: dst's rows are shorter than src's, so
# the loop runs as written and raises at the first column past dst's end,
# after printing (and writing) the columns before it.
from cython.view cimport array as cvarray

cdef void smooth(double[:, ::1] src, double[:, ::1] dst):
    cdef Py_ssize_t i, j
    for i in range(1, src.shape[0] - 1):
        for j in range(1, src.shape[1] - 1):
            dst[i, j] = src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1]
            print(i, j, dst[i, j])

def main():
    cdef double[:, ::1] src = cvarray(shape=(4, 6), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] dst = cvarray(shape=(4, 3), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i, j
    for i in range(4):
        for j in range(6):
            src[i, j] = i * 10 + j
    try:
        smooth(src, dst)
    except IndexError as e:
        print("IndexError:", e)
    print(dst[1, 1], dst[1, 2])
    smooth(src, dst)

main()
