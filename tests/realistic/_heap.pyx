# Implementation module for _heap.pxd: a fixed-size max-heap of
# (value, index) pairs and an insertion sort of such pairs. It prints
# nothing; kernels cimport it (tests/realistic/README.md).
from cython cimport floating
from _typedefs cimport intp_t


cdef int heap_push(floating* values, intp_t* indices, intp_t size,
                   floating val, intp_t val_idx) noexcept nogil:
    cdef intp_t current_idx = 0, left_child_idx, right_child_idx, swap_idx
    if val >= values[0]:
        return 0
    while True:
        left_child_idx = 2 * current_idx + 1
        right_child_idx = left_child_idx + 1
        if left_child_idx >= size:
            break
        swap_idx = left_child_idx
        if right_child_idx < size and values[right_child_idx] > values[left_child_idx]:
            swap_idx = right_child_idx
        if values[swap_idx] <= val:
            break
        values[current_idx] = values[swap_idx]
        indices[current_idx] = indices[swap_idx]
        current_idx = swap_idx
    values[current_idx] = val
    indices[current_idx] = val_idx
    return 0


cdef void simultaneous_sort(floating* dist, intp_t* idx, intp_t size) noexcept nogil:
    cdef intp_t i, j
    cdef floating d
    cdef intp_t k
    for i in range(1, size):
        d = dist[i]
        k = idx[i]
        j = i - 1
        while j >= 0 and (dist[j] > d or (dist[j] == d and idx[j] > k)):
            dist[j + 1] = dist[j]
            idx[j + 1] = idx[j]
            j -= 1
        dist[j + 1] = d
        idx[j + 1] = k
