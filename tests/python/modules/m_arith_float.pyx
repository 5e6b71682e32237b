# pydiff: extremes
# Float arithmetic: true division, floor division, modulo, zero divisors.
from libc.math cimport sqrt, floor, fabs, isnan

def div(double a, double b):
    return a / b

def floordiv(double a, double b):
    return a // b

def mod(double a, double b):
    return a % b

def root(double x):
    return sqrt(x)

def floor_of(double x):
    return floor(x)

def dist(double x, double y):
    return sqrt(x * x + y * y)

def nan_check(double x):
    return isnan(x)

def fmix(float a, double b):
    return fabs(a) - b

cpdef double safe_div(double a, double b):
    if b == 0:
        raise ZeroDivisionError("b is zero")
    return a / b
