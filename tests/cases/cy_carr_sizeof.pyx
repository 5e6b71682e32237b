# sizeof of C arrays (module-level and local, 1-D and 2-D, and one row of a
# 2-D array), and dividing sizes to count elements. Inspired by Cython's
# tests/run/carrays.pyx (test2, test3) and tests/run/sizeof.pyx.
cdef double d[4]
cdef int a2[5]
cdef double d3[3][4]
print(sizeof(d), sizeof(a2), sizeof(d3), sizeof(d3[0]), sizeof(d3[0][0]))
print(sizeof(d) // sizeof(d[0]), sizeof(a2) / sizeof(int), sizeof(d3) // sizeof(d3[0][0]))

def local_sizes():
    cdef char c[7]
    cdef long long q[2][3]
    cdef short s[1]
    print(sizeof(c), sizeof(q), sizeof(q[1]), sizeof(s), sizeof(c) * sizeof(s))

local_sizes()
