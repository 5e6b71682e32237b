# k nearest neighbours with a heap from another module (knn_heap.pyx, whose
# .pxd declares fused cdef functions) and types and inline helpers from a
# .pxd-only module (knn_types.pxd): cimports by name and as a module, calls
# across modules, an exception raised in the other module caught here and
# one left uncaught.
from knn_heap cimport heap_push, heap_sort, check_k
cimport knn_heap
cimport knn_types as kt
from knn_types cimport real_t, index_t


def kneighbors(real_t[:, ::1] X, real_t[::1] q, index_t k):
    knn_heap.check_k(k, X.shape[0])
    cdef real_t[::1] best = cvarray(shape=(k,), itemsize=sizeof(real_t), format="d")
    cdef index_t[::1] idx = cvarray(shape=(k,), itemsize=sizeof(index_t), format="l")
    cdef index_t i
    cdef int pushed = 0
    for i in range(k):
        best[i] = 1e300
        idx[i] = -1
    with nogil:
        for i in range(X.shape[0]):
            pushed += heap_push(&best[0], &idx[0], k, kt.dist2(&X[i, 0], &q[0], X.shape[1]), i)
        heap_sort(&best[0], &idx[0], k)
    print("pushed", pushed)
    for i in range(k):
        print(i, idx[i], best[i])
    return knn_heap.root_mean(best)


from cython.view cimport array as cvarray

cdef index_t n = 9, d = 2, r
cdef real_t[:, ::1] X = cvarray(shape=(n, d), itemsize=sizeof(real_t), format="d")
for r in range(n):
    X[r, 0] = (r * 5) % 7
    X[r, 1] = kt.wrap(r * 3 - 10, 4)
cdef real_t[::1] q = cvarray(shape=(d,), itemsize=sizeof(real_t), format="d")
q[0] = 2.5
q[1] = -1.0
print("rms", kneighbors(X, q, 3))

cdef float[4] fv
cdef index_t[4] fi
for r in range(4):
    fv[r] = 100
    fi[r] = -1
for r in range(6):
    heap_push(&fv[0], &fi[0], 4, <float>(r * 7 % 5) + 0.5, r)
heap_sort(&fv[0], &fi[0], 4)
print("float heap", fv[0], fv[3], fi[0], fi[3])

try:
    kneighbors(X, q, 0)
except ValueError as e:
    print("caught:", e)
check_k(10, n)
