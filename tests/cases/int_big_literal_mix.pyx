# Integer literals beyond 32 bits mixed with C ints make exact Python-int arithmetic.
def main():
    cdef long x = 1000000000000
    cdef int i = 3
    print(x * 10000000000, i * 3000000000, i + 2147483648, x // 10000000000, -x % 10000000000)
    print(i < 3000000000, x > 3000000000, i * 0x7fffffff, i * 0xffffffff)
    cdef unsigned int u = 4000000000
    print(u * 2, u + 4000000000, u + i)
    try:
        x = x * 10000000000
    except OverflowError as e:
        print(e)
main()
