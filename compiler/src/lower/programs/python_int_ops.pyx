# Untyped integers are exact Python ints: checked 128-bit runtime calls.
def big(int n):
    x = 10 ** 20
    y = x * n
    return y // 7
