# Shifts: large counts, negative values, unsigned, various widths.
def main():
    cdef int a = -16
    cdef unsigned int u = 0x80000000
    cdef long long ll = 1
    cdef unsigned char uc = 0xF0
    cdef int n
    print(a >> 2, a << 2, u >> 31, u << 1)
    for n in range(0, 64, 9):
        print(n, ll << n, (ll << n) >> 3)
    print(uc << 4, uc >> 4, <unsigned char>(uc << 4))
    cdef long x = -1
    print(x >> 63, x << 62, x >> 1)
    cdef short s = 0x4000
    print(s << 1, <short>(s << 1), s >> 14)
    print(1 << 31, 1 << 30, -1 << 3)
main()
