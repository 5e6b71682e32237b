# A Python int to a negative power is Python's float power, which refuses
# a zero base with ZeroDivisionError (cytrus refuses the other negative
# powers of Python ints with ValueError: its Python ints cannot hold a float).
def run(unsigned long long z, long long n):
    u = -1
    w = n
    try:
        print(z ** u)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(2**70 ** 0 * z ** (w - 5))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
run(0, 1)
run(0, 6)
