# a memoryview of an unknown element type
cdef nosuch_t[:] v
