from libc.stdint cimport int8_t, uint8_t, int16_t, uint16_t, int64_t, uint64_t

cdef int8_t a8 = -100
cdef uint8_t u8 = 200
cdef long big = 9223372036854775807

def main():
    cdef short s = -7
    cdef unsigned short us = 65535
    cdef int i = -7
    cdef unsigned int ui = 4000000000
    cdef long l = -123456789012
    cdef unsigned long ul = 18446744073709551000
    cdef char c = 100
    cdef Py_ssize_t k
    print(s // 2, s % 2, us // 7, us % 7, i // 2, i % -2, ui // 3, ui % 3)
    print(l // 1000, l % 1000, ul // 10, ul % 10, c * c, c + c)
    print(i ** 3, s ** 2, l ** 2, ui ** 2, 2 ** 10)
    print(i << 3, i >> 1, ui >> 3, l << 20, us << 4, ~i, -i, ~ui)
    print(i & 0xff, i | 0x100, i ^ 5, a8, u8, a8 * 3, u8 + 100)
    for k in range(-3, 3):
        print(k, k // 2, k % 2, -k // 2, end="; ")
    print()
    x = 12345678901234567890
    y = x * 1000
    print(x, y, y // 7, y % 7, -y // 7, -y % 7, x ** 2, 1 << 100)

main()
big = big + 1
print(big, big - 1, a8, u8)
