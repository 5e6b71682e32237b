# An integer literal is a C long in Cython, so it widens unsigned int
# arithmetic to signed 64 bits. Inspired by Cython's
# tests/run/int_literals.pyx (c_long_types).
def f(unsigned int u, unsigned short us, unsigned char uc):
    print(u - 5, u // 5 - 1, 3 - u, u * -1)
    print(us - 100, uc - 200, -uc)
    cdef unsigned int w = u - 5
    print(w)

f(3, 7, 9)
f(4000000000, 65535, 255)
