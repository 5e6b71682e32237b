# abs() of the most negative C int wraps in Cython (C abs), no OverflowError.
def main():
    cdef int m = -2147483647 - 1
    cdef long l = -9223372036854775807 - 1
    print(abs(m))
    print(abs(l))
main()
