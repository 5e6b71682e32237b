# a 2-D C array parameter decays to a pointer to rows (`int (*)[2]`)
cdef int* first_row(int x[2][2]):
    return x[0]
