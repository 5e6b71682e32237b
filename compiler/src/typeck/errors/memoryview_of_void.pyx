# a memoryview of `void`
cdef void[:] v
