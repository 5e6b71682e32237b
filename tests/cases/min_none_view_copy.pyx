# .copy() of a None memoryview (nonecheck off): Cython's error text.
cdef double[:] v = None
print(v.shape[0])
cdef double[:] c = v.copy()
