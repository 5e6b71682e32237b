# // and % between a Python int and a double follow Python's float rules
# (quotient from fmod; a zero remainder takes the divisor's sign), while two
# C doubles use Cython's floor(a / b) and C-style fmod adjustment.
def main():
    one = 1
    seven = 7
    neg = -7
    zero = 0
    cdef double t = 0.1
    cdef double a = 1.0
    cdef double two = 2.0
    cdef double mtwo = -2.0
    cdef double third = 0.3
    print(one // t, a // t, one % t, a % t)
    print(seven // two, seven % two, neg // two, neg % two, seven // mtwo, seven % mtwo)
    print(neg % 7.0, zero % mtwo, zero // mtwo, -4 % two)
    print(seven // third, seven % third, 3 // third, 3 % third)
    try:
        print(seven // 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(seven % 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
main()
