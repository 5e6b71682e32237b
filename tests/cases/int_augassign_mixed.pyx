# Augmented assignment with mixed types: wrap on narrow targets, double into int.
def main():
    cdef signed char c = 100
    c += 100
    print(c)
    cdef unsigned char uc = 10
    uc -= 20
    print(uc)
    cdef short s = 1000
    s *= 100
    print(s)
    cdef int i = 17
    i //= -5
    print(i)
    i = 17
    i %= -5
    print(i)
    cdef unsigned int u = 5
    u -= 6
    print(u)
    u >>= 28
    print(u)
    cdef double d = 7
    d //= 2
    print(d)
    d %= -2.5
    print(d)
    cdef long long ll = 3
    ll **= 3
    print(ll)
    ll <<= 40
    print(ll)
    ll ^= -1
    print(ll)
main()
