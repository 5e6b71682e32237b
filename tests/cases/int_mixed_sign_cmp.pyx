# Mixed signed/unsigned comparisons and arithmetic across widths.
def main():
    cdef unsigned int u = 1
    cdef int i = -1
    cdef unsigned char uc = 200
    cdef signed char sc = -100
    cdef short s = -3
    cdef unsigned short us = 65535
    cdef long long ll = -5
    cdef unsigned long long ull = 3
    print(i < u, u > i, i == u)
    print(uc + sc, uc * sc, sc - uc)
    print(s * us, us + 1, s + us)
    print(ll * ull, ll + ull, ll < ull)
    print(uc > sc, sc < s, <unsigned char>sc)
    cdef unsigned int d = u - 2
    print(d, u - 2, i * u)
    cdef char c = 127
    c += 1
    print(c, c - 1)
    cdef unsigned short w = us + 1
    print(w, <short>us, <unsigned short>s)
main()
