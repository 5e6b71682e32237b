# A fixed-size max-heap of (value, index) pairs, its sort, and checks that
# raise: compiled as its own module; mod_knn calls it across modules.
from knn_types cimport real_t, index_t, realish, dist2
from knn_types cimport sqrt

print("knn_heap: initialised")

cdef int heap_push(realish* values, index_t* indices, index_t size,
                   realish val, index_t val_idx) noexcept nogil:
    cdef index_t i = 0, left, right, swap
    if val >= values[0]:
        return 0
    while True:
        left = 2 * i + 1
        right = left + 1
        if left >= size:
            break
        swap = left
        if right < size and values[right] > values[left]:
            swap = right
        if values[swap] <= val:
            break
        values[i] = values[swap]
        indices[i] = indices[swap]
        i = swap
    values[i] = val
    indices[i] = val_idx
    return 1


cdef void heap_sort(realish* values, index_t* indices, index_t size) noexcept nogil:
    cdef index_t i, j, k
    cdef realish v
    for i in range(1, size):
        v = values[i]
        k = indices[i]
        j = i - 1
        while j >= 0 and values[j] > v:
            values[j + 1] = values[j]
            indices[j + 1] = indices[j]
            j -= 1
        values[j + 1] = v
        indices[j + 1] = k


cdef int check_k(index_t k, index_t n) except -1:
    if k <= 0 or k > n:
        raise ValueError("k must be in [1, n]")
    return 0


cpdef real_t root_mean(real_t[::1] v):
    cdef real_t s = 0
    cdef index_t i
    for i in range(v.shape[0]):
        s += v[i]
    return sqrt(s / v.shape[0])
