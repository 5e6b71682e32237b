# A chain of in-place bit operations on C ints and a char | int into a long,
# then shifts and floor division of an untyped local. Inspired by Cython's
# tests/run/cintop.pyx.
cdef int int1, int2, int3
cdef char char1
cdef long long1
int2 = 42
int3 = 7
char1 = 67
int1 = int2 | int3
print(int1)
int1 |= int2 ^ int3
print(int1)
int1 ^= int2 & int3
print(int1)
int1 ^= int2 << int3
print(int1)
int1 ^= int2 >> int3
print(int1)
int1 ^= int2 << int3 | int2 >> int3
long1 = char1 | int1
print(int1, long1)

def shifts():
    value = 80082
    print(value, value >> 3, value // 8, 80082 >> 3, 80082 // 8, -80082 >> 3, -80082 // 8)

shifts()
