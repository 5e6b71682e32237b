# assigns an integer to a pointer variable
cdef int* p = 5
