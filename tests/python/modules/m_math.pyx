# pydiff: extremes
# libc.math functions on arguments.
from libc.math cimport sqrt, exp, log, sin, cos, atan2, fabs, floor, ceil, fmin, fmax, pow, isinf, isnan, INFINITY, NAN

def f_sqrt(double x):
    return sqrt(x)

def f_exp(double x):
    return exp(x)

def f_log(double x):
    return log(x)

def trig(double x):
    return (sin(x), cos(x))

def angle(double y, double x):
    return atan2(y, x)

def rounding(double x):
    return (floor(x), ceil(x), fabs(x))

def minmax(double a, double b):
    return (fmin(a, b), fmax(a, b))

def f_pow(double a, double b):
    return pow(a, b)

def classify(double x):
    return (isinf(x), isnan(x))

def consts():
    return (INFINITY, NAN != NAN)
