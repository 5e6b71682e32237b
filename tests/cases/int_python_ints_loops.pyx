# Untyped locals (Python ints) in loops and conditions.
def main():
    total = 0
    x = 1
    cdef int i
    for i in range(70):
        x = x * 3
        total += x % 7
    print(total, x % 1000000007)
    y = -17
    print(y // 5, y % 5, y // -5, y % -5, -y)
    z = 2 ** 62
    z = z * 4
    print(z, z - 1, z // 3)
    n = 0
    while n < 5:
        n += 1
        if n % 2:
            continue
        print("even", n)
    w = 10
    print(w > 3, w == 10, w ** 2, w / 4)
    cdef long long back = z // 8
    print(back)
main()
