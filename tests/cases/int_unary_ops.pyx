# Unary -, +, ~ and not on narrow, unsigned and Python ints; integer promotion of the results.
def main():
    cdef unsigned int u = 5
    cdef unsigned char uc = 5
    cdef unsigned short us = 5
    cdef signed char sc = -128
    cdef unsigned long long ull = 1
    cdef long l = -9223372036854775807 - 1
    print(-u, ~u, +u, not u)
    print(-uc, ~uc, -us, ~us, +uc)
    print(-sc, ~sc, -ull, ~ull)
    print(-l, ~l, -(-l))
    x = 5
    print(-x, ~x, +x, not x, ~-x)
    cdef bint b = True
    print(-b, ~b, not b, +b)
    cdef double d = 0.0
    print(-d, +d, not d, -(-d))
    cdef unsigned char r = ~uc
    cdef signed char r2 = -sc
    print(r, r2)
main()
