# pydiff: extremes
# cython: cdivision=True
# C division: truncation, no zero check (only nonzero divisors reach it).

def cdiv(int a, int b):
    if b == 0:
        return 0
    if a == -2147483648 and b == -1:
        return 0
    return a / b

def cmod(long a, long b):
    if b == 0:
        return 0
    if b == -1:
        return 0
    return a % b

def cfloordiv(int a, int b):
    if b == 0 or b == -1:
        return 0
    return a // b

def fdiv(double a, double b):
    return a / b
