# difftest (issue 14): under cdivision, `%` and `//` between a double and a
# Python int (a literal beyond 32 bits) are still Python's float
# arithmetic in Cython (the result takes the divisor's sign); between C
# doubles they are C's fmod and floor of the quotient.
cimport cython

def main():
    cdef signed char v2 = 0o114
    cdef double d = 3.5
    cdef double n = -7.25
    print(3.5 % (v2 - 0o37777777777), d % (v2 - 0o37777777777), n // 0x100000000)
    with cython.cdivision(True):
        print(3.5 % (v2 - 0o37777777777), d % (v2 - 0o37777777777), n // 0x100000000)
        print(d % -2.0, n % 2.0, n // 2.0, d // -2.0, n % (v2 - 0x100000000))

main()
