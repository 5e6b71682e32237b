# pydiff: extremes
# The inferred result type of a def function: promotions between returns.

def int_or_long(int a, long b):
    if a > 0:
        return a
    return b

def int_or_double(int a, double b):
    if a > 0:
        return a
    return b

def flag_or_int(bint f, int k):
    if f:
        return k > 0
    return k > 1

def float_result(float f):
    return f * 2

def char_result(signed char c):
    return c

def uchar_sum(unsigned char a, unsigned char b):
    return a + b
