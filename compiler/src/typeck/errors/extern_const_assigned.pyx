# assigns a const declared in an extern block
cdef extern from "limits.h":
    const int INT_MAX
INT_MAX = 3
