# assigns to a `const int`
cdef const int n = 1
n = 2
