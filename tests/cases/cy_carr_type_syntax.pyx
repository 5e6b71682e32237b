# C arrays declared with the size in the type (cdef int[5] a, int[2][2])
# as Cython allows, indexed, and measured with sizeof. Inspired by
# Cython's tests/run/carrays.pyx (test1, test2).
cdef int[5] a1
cdef int a2[5]
cdef int[2][3] m
cdef int i, j
for i in range(5):
    a1[i] = i * 3
for i in range(2):
    for j in range(3):
        m[i][j] = 10 * i + j
print(a1[4], m[1][2], m[0][1])
print(sizeof(a1), sizeof(a2), sizeof(a1) - sizeof(a2), sizeof(m), sizeof(m[0]))
