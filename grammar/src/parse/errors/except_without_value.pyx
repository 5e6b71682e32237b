cdef int f(int x) except:
    return x
