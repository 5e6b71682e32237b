# The heap helpers of mod_knn, implemented in knn_heap.pyx.
from knn_types cimport real_t, index_t, realish

cdef int heap_push(realish* values, index_t* indices, index_t size,
                   realish val, index_t val_idx) noexcept nogil
cdef void heap_sort(realish* values, index_t* indices, index_t size) noexcept nogil
cdef int check_k(index_t k, index_t n) except -1
cpdef real_t root_mean(real_t[::1] v)
