# OverflowError text for a Python int beyond 64 bits converted to int/short/unsigned char.
def f(int x): return x
def g(unsigned char x): return x
big = 2 ** 64
try:
    f(big)
except OverflowError as e:
    print(e)
try:
    g(big)
except OverflowError as e:
    print(e)
cdef short s
try:
    s = -big
except OverflowError as e:
    print(e)
