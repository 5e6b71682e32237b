# Python int / int is the exact quotient rounded once (not both operands
# rounded to doubles first), with a C int on either side too.
def main():
    a = 2 ** 54 + 3
    b = 2 ** 54 + 1
    big = 10 ** 30
    neg = -(2 ** 60)
    cdef int three = 3
    cdef long long ll = 98765432109876543
    print(a / b, big / 3, neg / three, big / ll, 7 / (2 ** 80))
    print((2 ** 100 + 1) / 2 ** 100, 1 / three, a / 2, -a / b, 0 / -b)
    x = 123456789012345678901234567
    print(x / ll, x / -7, (x * 3) / (x + 1))
    try:
        print(a / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
main()
