# Found by the differential tester (tools/difftest, issue 14): a checked
# true division (cdivision off, divisor not a constant) holds its operands
# in temporaries of Cython's types, and `float` arithmetic with an integer
# literal (`33 + f`, C computes it in double) is a `float` for Cython: the
# temporary rounds it, and with no double operand the division is a float
# one. An integer literal operand of the division keeps it in double.
cimport cython
from libc.stdint cimport int8_t, int16_t

def main():
    cdef int8_t v1 = -127
    cdef float v3 = 3.0
    cdef int16_t v4 = -0x1984
    cdef float g = 0.1
    cdef double d = 0.1
    cdef int i = 7
    print((v4 + v1) / (0x21 + v3), (v4 + v1) / (v3 + 33), 1 / (g * 3), (g + 1) / 3, (g + 1) / i)
    print((g + 1) / (i + 0), (d + 1) / (g + 2), (g * 2 - 1) / (v3 + 0.5), i / (g + 2), (g + 2) / v3)
    print((g * 3) / (g + 1), (g - 2) * 3 / (i - 2), 10 / (g * 3 + 1), (g * g + 1) / (d * 1))
    with cython.cdivision(True):
        print((v4 + v1) / (0x21 + v3), 1 / (g * 3), (g * 2 - 1) / (v3 + 0.5))

main()
