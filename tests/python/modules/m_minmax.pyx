# pydiff: extremes
# min, max, abs on mixed C types.

def mn(int a, long b):
    return min(a, b)

def mx(double a, int b):
    return max(a, b)

def ab(long a):
    if a == -9223372036854775807 - 1:
        return 0
    return abs(a)

def abf(float a):
    return abs(a)

def min3(short a, short b, short c):
    return min(a, b, c)

def max3(short a, short b, short c):
    return max(a, b, c)

def conditional(int a, int b):
    return a if a > b else b
