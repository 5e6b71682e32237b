# parameter `a` appears twice
cdef int f(int a, int a):
    return a
