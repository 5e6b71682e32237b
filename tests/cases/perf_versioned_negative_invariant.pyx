# A negative loop-invariant index fails the versioned loop's test; the loop
# then runs as written, and wraparound picks the last row (and -1 - 3 fails).
from cython.view cimport array as cvarray

def main():
    cdef int[:, :] m = cvarray(shape=(3, 4), itemsize=sizeof(int), format="i")
    cdef Py_ssize_t r, c
    cdef long total
    for r in range(3):
        for c in range(4):
            m[r, c] = r * 4 + c
    for r in range(-1, -5, -1):
        total = 0
        for c in range(m.shape[1]):
            total += m[r, c] + m[0, c] + m[r + 1, 3 - c]
        print(r, total)

main()
