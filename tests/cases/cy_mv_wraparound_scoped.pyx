# wraparound(False) on a function with a wraparound(True) block inside:
# negative indices work in the block and are out of bounds outside it.
# Inspired by Cython's tests/memoryview/memslice.pyx (wraparound_directive).
cimport cython

cdef int data[4]
cdef int k
for k in range(4):
    data[k] = k
cdef int[:] buf = data

@cython.wraparound(False)
def f(int[:] b, int pos_idx, int neg_idx):
    cdef int byneg
    with cython.wraparound(True):
        byneg = b[neg_idx]
    return b[pos_idx] + byneg

print(f(buf, 2, -1), f(buf, 0, -4), f(buf, 3, 1))
try:
    print(f(buf, -1, 2))
except IndexError as e:
    print("IndexError:", e)
try:
    print(f(buf, 0, -5))
except IndexError as e:
    print("IndexError:", e)
