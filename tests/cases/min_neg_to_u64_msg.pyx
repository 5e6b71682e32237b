# OverflowError text for a negative Python int converted to 64-bit unsigned types.
def f(unsigned long x): return x
def g(unsigned long long x): return x
def h(size_t x): return x
x = -1
try:
    f(x)
except OverflowError as e:
    print(e)
try:
    g(x)
except OverflowError as e:
    print(e)
try:
    h(x)
except OverflowError as e:
    print(e)
