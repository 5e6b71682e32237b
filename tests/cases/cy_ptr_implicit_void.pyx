# Any data pointer converts to void* without a cast (assignment, argument),
# and void* compares with typed pointers. Inspired by Cython's
# tests/run/pointers.pyx (void_ptr = c_string) and tests/run/voidstarcast.pyx.
cdef int same(void* a, void* b):
    return a == b

cdef double dv = 2.5
cdef double* dp = &dv
cdef void* vp = dp
cdef int iv = 3
print(same(dp, vp), same(&iv, vp), same(&iv, &iv), vp == dp)
vp = &iv
print((<int*>vp)[0], vp != dp)
