# Integer literals in every base, with underscores and signs, into C ints
# and as values; float literals with underscores. Inspired by Cython's
# tests/run/int_literals.pyx (c_oct, c_hex, c_bin, valid_underscore_literals).
cdef int a = 0o01, b = -0o21, c = 0o77
cdef int d = 0x01, e = -0x21, f = 0xFF
cdef int g = 0b01, h = -0b10, i = 0b1111
print(a, b, c, d, e, f, g, h, i)
print(0o01, -0o21, 0o77, 0x01, -0x21, 0xFF, 0b01, -0b10, 0b1111)
print(0_0_0, 4_2, 1_0000_0000, 0b1001_0100, 0xffff_ffff, 0o5_7_7)
print(1_00_00.5, 1e1_0, .1_4, 0x7FFF_FFFF + 0, -0x8000_0000)
cdef long long big = 0x7fff_ffff_ffff_ffff
cdef unsigned long long ubig = 0xffff_ffff_ffff_ffff
print(big, ubig, 0b1111_1111 == 255, 0O17, 0XfF, 0B11)
