# A cast of an integer literal, folded or beyond 32 bits, is a C cast of
# the literal in Cython's output: it truncates as C does, with no
# OverflowError (a Python int held in a variable is converted with checks).
from libc.stdint cimport uint8_t, int32_t, uint16_t

def main():
    cdef int v = 3
    print(<uint8_t>123456789012, -<uint8_t>123456789012, <int32_t>859_715_785_352 & -v)
    print(<size_t>(-9223372036854775807), <unsigned short>0xffffffff, <signed char>300, <uint16_t>856_192_055_723 >= v)
    print(<unsigned char>0o6222045053046, <int>(1 << 40), <long>(2 ** 40), <unsigned int>-1)
    x = 123456789012
    try:
        print(<uint8_t>x)
    except OverflowError as e:
        print("OverflowError", e)

main()
