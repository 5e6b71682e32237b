# boundscheck off and on in nested with-blocks and stacked decorators (the
# outer decorator wins), reading a 3-element view that sits inside a larger
# allocation. Inspired by Cython's tests/memoryview/memslice.pyx (safe_get,
# unsafe_get, mixed_get).
cimport cython

cdef int backing[10]
cdef int k
for k in range(10):
    backing[k] = k
cdef int[:] whole = backing
cdef int[:] A = whole[5:8]

def safe(int[:] buf, int idx):
    return buf[idx]

@cython.boundscheck(False)
@cython.boundscheck(True)
def unsafe(int[:] buf, int idx):
    return buf[idx]

def mixed(int[:] buf, int unsafe_idx, int safe_idx):
    with cython.boundscheck(False):
        one = buf[unsafe_idx]
    with cython.boundscheck(True):
        two = buf[safe_idx]
    print(one, two)

print(safe(A, 0), safe(A, 2), safe(A, -3))
for k in range(-4, 4, 7):
    try:
        print(safe(A, k))
    except IndexError as e:
        print(k, "IndexError:", e)
print(unsafe(A, -4), unsafe(A, -5), unsafe(A, 3))
mixed(A, -4, 0)
try:
    mixed(A, 0, -4)
except IndexError as e:
    print("IndexError:", e)
