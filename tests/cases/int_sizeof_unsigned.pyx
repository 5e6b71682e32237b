# sizeof() is size_t: unsigned wraparound when mixed with negative ints.
cdef int n = -2
cdef double d = 1.5
print(sizeof(int) - 8, sizeof(double) * n, sizeof(char) < n, sizeof(d), sizeof(int) / 3, sizeof(long) // 3)
cdef Py_ssize_t k = sizeof(short) - 4
print(k, -sizeof(int), sizeof(int) == 4, sizeof(int) + n)
