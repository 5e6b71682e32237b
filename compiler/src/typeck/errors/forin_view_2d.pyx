# a loop over the rows of a 2-D memoryview
cdef double buf[2][3]
cdef double[:, :] m = buf
for row in m:
    print(row[0])
