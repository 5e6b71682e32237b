# Zero divisors with cdivision off: the messages for int %, float / and
# float %, and that an operand call runs before the failing division.
# Inspired by Cython's tests/run/cdivision_CEP_516.pyx (mod_div_zero_*).
cimport cython

cdef int noisy(int x):
    print("noisy", x)
    return x

@cython.cdivision(False)
def int_case(int a, int b, int c):
    try:
        print(noisy(a % b) / c)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

@cython.cdivision(False)
def float_case(float a, float b, float c):
    try:
        print((a % b) / c)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

int_case(25, 10, 2)
int_case(25, 10, 0)
int_case(25, 0, 0)
int_case(-25, 10, 4)
float_case(25, 10, 2)
float_case(25, 10, 0)
float_case(25, 0, 0)
float_case(-25, 10, 4)
