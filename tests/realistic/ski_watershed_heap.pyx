# scikit-image style (segmentation/_watershed_cy, heap_general.pxi): marker
# based watershed on a small 2D grid with a priority queue of
# `cdef struct Heapitem` kept in a malloc/realloc'd array, ordered by
# (value, age); 4-connected neighbours from C array literals.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.stdlib cimport malloc, realloc, free

cnp.import_array()

ctypedef cnp.float64_t DTYPE_FLOAT64_t
ctypedef cnp.int32_t DTYPE_INT32_t
ctypedef Py_ssize_t DTYPE_INTP_t

cdef struct Heapitem:
    DTYPE_FLOAT64_t value
    DTYPE_INT32_t age
    Py_ssize_t index
    Py_ssize_t source

cdef struct Heap:
    Heapitem* items
    Py_ssize_t size
    Py_ssize_t capacity


cdef inline bint smaller(Heapitem* a, Heapitem* b) noexcept nogil:
    if a.value != b.value:
        return a.value < b.value
    return a.age < b.age


cdef int heappush(Heap* heap, Heapitem* item) except -1 nogil:
    cdef Py_ssize_t i, parent
    cdef Heapitem* grown
    if heap.size == heap.capacity:
        heap.capacity *= 2
        grown = <Heapitem*>realloc(heap.items, heap.capacity * sizeof(Heapitem))
        if grown == NULL:
            with gil:
                raise MemoryError()
        heap.items = grown
    i = heap.size
    heap.size += 1
    heap.items[i] = item[0]
    while i > 0:
        parent = (i - 1) // 2
        if smaller(&heap.items[i], &heap.items[parent]):
            heap.items[i], heap.items[parent] = heap.items[parent], heap.items[i]
            i = parent
        else:
            break
    return 0


cdef void heappop(Heap* heap, Heapitem* dest) noexcept nogil:
    cdef Py_ssize_t i = 0, child, n
    dest[0] = heap.items[0]
    heap.size -= 1
    n = heap.size
    heap.items[0] = heap.items[n]
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and smaller(&heap.items[child + 1], &heap.items[child]):
            child += 1
        if smaller(&heap.items[child], &heap.items[i]):
            heap.items[i], heap.items[child] = heap.items[child], heap.items[i]
            i = child
        else:
            break


def watershed_raveled(const DTYPE_FLOAT64_t[:, ::1] image, DTYPE_INT32_t[:, ::1] output):
    cdef Py_ssize_t rows = image.shape[0], cols = image.shape[1], r, c, k, nr, nc
    cdef Py_ssize_t[4] dr = [-1, 0, 0, 1]
    cdef Py_ssize_t[4] dc = [0, -1, 1, 0]
    cdef Heap heap
    cdef Heapitem elem, new_elem
    cdef DTYPE_INT32_t age = 1
    cdef Py_ssize_t pops = 0
    heap.capacity = 4
    heap.size = 0
    heap.items = <Heapitem*>malloc(heap.capacity * sizeof(Heapitem))
    try:
        for r in range(rows):
            for c in range(cols):
                if output[r, c] > 0:
                    elem.value = image[r, c]
                    elem.age = 0
                    elem.index = r * cols + c
                    elem.source = elem.index
                    heappush(&heap, &elem)
        while heap.size > 0:
            heappop(&heap, &elem)
            pops += 1
            r = elem.index // cols
            c = elem.index % cols
            for k in range(4):
                nr = r + dr[k]
                nc = c + dc[k]
                if nr < 0 or nr >= rows or nc < 0 or nc >= cols or output[nr, nc]:
                    continue
                output[nr, nc] = output[r, c]
                new_elem.value = image[nr, nc]
                new_elem.age = age
                age += 1
                new_elem.index = nr * cols + nc
                new_elem.source = elem.source
                heappush(&heap, &new_elem)
    finally:
        free(heap.items)
    return pops


cdef Py_ssize_t R = 9, C = 13, i, j
cdef DTYPE_FLOAT64_t[:, ::1] img = np.empty((R, C), dtype=np.float64)
cdef DTYPE_INT32_t[:, ::1] markers = np.zeros((R, C), dtype=np.int32)
for i in range(R):
    for j in range(C):
        # two basins separated by a ridge along column 6
        img[i, j] = abs(j - 6) * -1.0 + 6 + (i % 3) * 0.25
markers[4, 0] = 1
markers[0, 12] = 2
markers[8, 6] = 3
cdef Py_ssize_t pops = watershed_raveled(img, markers)
print("pops", pops, "heap item size", sizeof(Heapitem))
cdef long code
cdef Py_ssize_t[4] sizes = [0, 0, 0, 0]
for i in range(R):
    code = 1
    for j in range(C):
        code = code * 10 + markers[i, j]
        sizes[markers[i, j]] += 1
    print(code)
print("region sizes", sizes[1], sizes[2], sizes[3])
