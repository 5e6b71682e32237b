# pydiff: extremes
# libc.math functions on arguments.
from libc.math cimport sqrt, exp, log, sin, cos, atan2, fabs, floor, ceil, fmin, fmax, pow, isinf, isnan, INFINITY, NAN

def f_sqrt(double x):
    return sqrt(x)

def f_exp(double x):
    return exp(x)

def f_log(double x):
    return log(x)

def f_sin(double x):
    return sin(x)

def f_cos(double x):
    return cos(x)

def angle(double y, double x):
    return atan2(y, x)

def f_floor(double x):
    return floor(x)

def f_ceil(double x):
    return ceil(x)

def f_fabs(double x):
    return fabs(x)

def f_fmin(double a, double b):
    return fmin(a, b) + 0.0

def f_fmax(double a, double b):
    return fmax(a, b) + 0.0

def f_pow(double a, double b):
    return pow(a, b)

def f_isinf(double x):
    return isinf(x)

def f_isnan(double x):
    return isnan(x)

def f_inf():
    return INFINITY

def nan_ne():
    return NAN != NAN
