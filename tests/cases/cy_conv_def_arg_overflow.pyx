# A def function with narrow C parameters called with Python ints: the
# conversion happens at the call and raises OverflowError naming the type.
# Inspired by Cython's tests/run/c_int_types_T255.pyx (test_schar, test_uchar,
# test_short ...).
def take(signed char a, unsigned char b, short c):
    return a + b + c

n = 0
print(take(n - 128, n + 255, n - 32768))
try:
    print(take(n + 128, 0, 0))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(take(0, n - 1, 0))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(take(0, n + 256, 0))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(take(0, 0, n + 32768))
except OverflowError as e:
    print("OverflowError:", e)
print(take(n + 127, n, n + 32767))
