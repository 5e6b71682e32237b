# True division across integer widths; results are doubles.
def main():
    cdef long long big = 9007199254740993
    cdef int a = 1
    cdef unsigned int u = 3
    cdef char c = -7
    print(big / 1, big / 3, a / u, c / 2, -1 / u)
    cdef unsigned long long ub = 18446744073709551615
    print(ub / 2, ub / 1)
    cdef short s = 10
    print(s / 4, s / -4, 0 / s, -0 / s)
    try:
        print(a / (u - 3))
    except ZeroDivisionError as e:
        print(e)
    cdef double r = a / 3
    print(r)
main()
