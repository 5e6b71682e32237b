# // and % with negative operands on char, short, long long, unsigned.
def main():
    cdef signed char c = -7
    cdef short s = -300
    cdef long long ll = -10000000000
    cdef unsigned int u = 7
    cdef int k = -2
    print(c // 2, c % 2, c // -2, c % -2)
    print(s // 7, s % 7, s // -7, s % -7)
    print(ll // 3, ll % 3, ll // -3, ll % -3)
    print(u // 2, u % 2)
    print(k // u, k % u)
    print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
    cdef long m = -9223372036854775807 - 1
    print(m // 2, m % 3)
    cdef double d = -7.5
    print(d // 2, d % 2, d // -2, d % -2)
    cdef float f = -7.5
    print(f // 2, f % 2)
main()
