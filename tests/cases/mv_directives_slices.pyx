# Sub-view indexing and slicing under wraparound(False)/boundscheck(False); slice bounds of various int types.
cimport cython
from cython.view cimport array as cvarray
@cython.wraparound(False)
def row_nowrap(int[:, :] m, int i):
    cdef int[:] r = m[i]
    return r[0]
@cython.wraparound(False)
def slice_nowrap(int[:] v, int a, int b):
    cdef int[:] s = v[a:b]
    return s.shape[0]
def main():
    cdef int[:, :] m = cvarray(shape=(3, 2), itemsize=sizeof(int), format="i")
    cdef int i, j
    for i in range(3):
        for j in range(2):
            m[i, j] = i * 2 + j
    print(row_nowrap(m, 2))
    try:
        row_nowrap(m, -1)
    except IndexError as e:
        print(e)
    cdef int[:] v = m[:, 1]
    print(slice_nowrap(v, 0, 2), slice_nowrap(v, -1, 3), slice_nowrap(v, 1, -1), slice_nowrap(v, 0, 100))
    cdef unsigned int ua = 1
    cdef long long lb = 100
    py = -2
    cdef unsigned char st = 2
    print(v[ua:lb].shape[0], v[py:].shape[0], v[::st].shape[0], v[:py:-1].shape[0], v[lb:ua:-1][0])
    cdef int[:] em = v[2:1]
    print(em.shape[0], em[::-1].shape[0], em[::5].shape[0])
main()
