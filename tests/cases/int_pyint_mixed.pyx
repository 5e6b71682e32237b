# Python ints mixed with C ints: exact arithmetic, comparisons with unsigned, conversions back.
def main():
    x = 3000000000
    cdef int n = 7
    cdef unsigned int u = 4000000000
    print(x * n, x + u, x - u, u * 2)
    print(x > u, x < u, u == 4000000000)
    y = n
    y = y * 1000000000
    print(y, y // -3, y % -3)
    cdef long long back = y
    print(back)
    z = -n
    print(z ** 3, z // 2, -z % 4)
    w = 1
    cdef int i
    for i in range(40):
        w *= 3
    print(w, w & 0xFFFF, w >> 30)
    k = 2 ** 31
    print(k - 1, -k, k * k)
main()
