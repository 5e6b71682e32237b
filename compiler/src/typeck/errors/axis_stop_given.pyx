# an axis spec gives a stop (`:5`) in a type
cdef double[:5] v
