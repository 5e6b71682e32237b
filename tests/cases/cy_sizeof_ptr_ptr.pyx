# sizeof of pointer-to-pointer type spellings (int**, double**, void**).
# Inspired by Cython's tests/run/sizeof.pyx.
print(sizeof(int**), sizeof(double**), sizeof(void**), sizeof(char**) == sizeof(void*))
