# Powers with an untyped (Python int) operand are Python's: exact ints for a
# non-negative exponent, whatever the other operand's C type.
def main():
    n = 10
    m = 3
    cdef int c = -2
    cdef long big = 7
    cdef double d = 1.5
    print(2 ** n, n ** 2, c ** m, m ** c ** 2, big ** n, n ** n)
    print(d ** m, m ** d, 2 ** -n if n < 0 else 0, (n - 7) ** (m + 1))
    total = 0
    for k in range(5):
        total += k ** m
    print(total, 3 ** 40, (-3) ** 41)
main()
