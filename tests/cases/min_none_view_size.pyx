# .size of a None memoryview goes through a Python object in Cython: AttributeError.
cdef double[:] v = None
print(v.shape[0])
print(v.size)
