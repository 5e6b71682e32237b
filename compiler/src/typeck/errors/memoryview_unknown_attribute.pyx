# `.foo` is not a memoryview attribute
cdef double buf[3]
cdef double[:] v = buf
print(v.foo)
