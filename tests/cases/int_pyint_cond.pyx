# Python-int locals in conditions, and/or values, range bounds, and division.
def main():
    x = 0
    y = 7
    print(x and y, x or y, y and x, y or x, not x, not y)
    if x:
        print("x true")
    elif y:
        print("y true")
    n = 10
    s = 0
    for i in range(n):
        s += i * i
    print(s, i)
    for i in range(y, -y, -3):
        s -= i
    print(s, i)
    while y:
        y -= 2
        if y < 0:
            break
    print(y, y / 2, y // 2, y % 2, -y ** 2, (-y) ** 2)
    big = 10 ** 20
    print(big // 7, big % 7, -big // 7, big / 8, big > 1e19)
    cdef double d = big
    print(d, big == d)
main()
