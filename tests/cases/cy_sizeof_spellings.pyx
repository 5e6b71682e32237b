# sizeof of type spellings (long int, void*, char*, pointer to pointer,
# unsigned forms, Py_ssize_t, size_t) and of expressions (an int sum, a
# double product, a char). Inspired by Cython's tests/run/sizeof.pyx.
cdef int j = 1, k = 2
cdef char c = 3
cdef double d = 1.5
cdef char *p = NULL
print(sizeof(int), sizeof(long int), sizeof(long long int), sizeof(short int), sizeof(unsigned long int))
print(sizeof(void*), sizeof(char*), sizeof(p), sizeof(Py_ssize_t), sizeof(size_t))
print(sizeof(j + k), sizeof(d * j), sizeof(c), sizeof(c + c), sizeof(j + 1.0), sizeof(signed char), sizeof(unsigned short))
print(sizeof(float), sizeof(double), sizeof(bint))
