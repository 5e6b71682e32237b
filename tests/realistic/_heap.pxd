# Declarations of the heap helpers implemented in _heap.pyx, cimported by
# other kernels (scikit-learn's utils/_heap.pxd and _sorting.pxd style).
from cython cimport floating
from _typedefs cimport intp_t

cdef int heap_push(floating* values, intp_t* indices, intp_t size,
                   floating val, intp_t val_idx) noexcept nogil

cdef void simultaneous_sort(floating* dist, intp_t* idx, intp_t size) noexcept nogil
