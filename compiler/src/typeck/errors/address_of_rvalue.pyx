# takes the address of `a + b`, which is not an lvalue
cdef int a = 1
cdef int b = 2
cdef int* p = &(a + b)
