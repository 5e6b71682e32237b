# An untyped local assigned both an integer and a double (Cython infers double or object).
def main():
    cdef int n = 3
    cdef double d = 1.5
    z = n
    print(z)
    z = d
    print(z)
    v = 7
    v = v / 2
    print(v)
main()
