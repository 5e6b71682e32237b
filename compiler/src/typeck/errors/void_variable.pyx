# a variable of type `void`
cdef void x
