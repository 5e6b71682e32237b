# iterating directly over a memoryview
cdef double buf[3]
cdef double[:] v = buf
for x in v:
    print(x)
