# <stdint.h> types in a def function signature.
from libc.stdint cimport uint8_t, int64_t
def f(uint8_t x):
    return x + 1
cpdef int64_t g(int64_t y):
    return y * 2
print(f(41), g(21))
