# Float arithmetic with an integer constant past 32 bits. A plain literal is
# a Python int for Cython: the operation is Python's and its result goes back
# to a C double at once. A folded constant (`0x100000000 * 1`, `-(0x10000 *
# 0x10000)`, `0x7fffffff + 1`) is a generic Python object: the result stays a
# Python float, so the arithmetic around it is Python's too (ZeroDivisionError
# under cdivision, float `//` and `%`, OverflowError from `**`).
cimport cython

@cython.cdivision(False)
def f1(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) ** z
            elif i == 1: r = (4294967296 + v) ** z
            elif i == 2: r = (v - 4294967296) ** z
            elif i == 3: r = (4294967296 - v) ** z
            elif i == 4: r = (v * 4294967296) ** z
            elif i == 5: r = (4294967296 * v) ** z
            elif i == 6: r = (v / 4294967296) ** z
            elif i == 7: r = (4294967296 / v) ** z
            elif i == 8: r = (v // 4294967296) ** z
            elif i == 9: r = (4294967296 // v) ** z
            elif i == 10: r = (v % 4294967296) ** z
            elif i == 11: r = (4294967296 % v) ** z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f2(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) / z
            elif i == 1: r = (4294967296 + v) / z
            elif i == 2: r = (v - 4294967296) / z
            elif i == 3: r = (4294967296 - v) / z
            elif i == 4: r = (v * 4294967296) / z
            elif i == 5: r = (4294967296 * v) / z
            elif i == 6: r = (v / 4294967296) / z
            elif i == 7: r = (4294967296 / v) / z
            elif i == 8: r = (v // 4294967296) / z
            elif i == 9: r = (4294967296 // v) / z
            elif i == 10: r = (v % 4294967296) / z
            elif i == 11: r = (4294967296 % v) / z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f3(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) // z
            elif i == 1: r = (4294967296 + v) // z
            elif i == 2: r = (v - 4294967296) // z
            elif i == 3: r = (4294967296 - v) // z
            elif i == 4: r = (v * 4294967296) // z
            elif i == 5: r = (4294967296 * v) // z
            elif i == 6: r = (v / 4294967296) // z
            elif i == 7: r = (4294967296 / v) // z
            elif i == 8: r = (v // 4294967296) // z
            elif i == 9: r = (4294967296 // v) // z
            elif i == 10: r = (v % 4294967296) // z
            elif i == 11: r = (4294967296 % v) // z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f4(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) % z
            elif i == 1: r = (4294967296 + v) % z
            elif i == 2: r = (v - 4294967296) % z
            elif i == 3: r = (4294967296 - v) % z
            elif i == 4: r = (v * 4294967296) % z
            elif i == 5: r = (4294967296 * v) % z
            elif i == 6: r = (v / 4294967296) % z
            elif i == 7: r = (4294967296 / v) % z
            elif i == 8: r = (v // 4294967296) % z
            elif i == 9: r = (4294967296 // v) % z
            elif i == 10: r = (v % 4294967296) % z
            elif i == 11: r = (4294967296 % v) % z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f5(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = -(v + 4294967296) ** 3.0
            elif i == 1: r = -(4294967296 + v) ** 3.0
            elif i == 2: r = -(v - 4294967296) ** 3.0
            elif i == 3: r = -(4294967296 - v) ** 3.0
            elif i == 4: r = -(v * 4294967296) ** 3.0
            elif i == 5: r = -(4294967296 * v) ** 3.0
            elif i == 6: r = -(v / 4294967296) ** 3.0
            elif i == 7: r = -(4294967296 / v) ** 3.0
            elif i == 8: r = -(v // 4294967296) ** 3.0
            elif i == 9: r = -(4294967296 // v) ** 3.0
            elif i == 10: r = -(v % 4294967296) ** 3.0
            elif i == 11: r = -(4294967296 % v) ** 3.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f6(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) ** 2.0
            elif i == 1: r = (4294967296 + v) ** 2.0
            elif i == 2: r = (v - 4294967296) ** 2.0
            elif i == 3: r = (4294967296 - v) ** 2.0
            elif i == 4: r = (v * 4294967296) ** 2.0
            elif i == 5: r = (4294967296 * v) ** 2.0
            elif i == 6: r = (v / 4294967296) ** 2.0
            elif i == 7: r = (4294967296 / v) ** 2.0
            elif i == 8: r = (v // 4294967296) ** 2.0
            elif i == 9: r = (4294967296 // v) ** 2.0
            elif i == 10: r = (v % 4294967296) ** 2.0
            elif i == 11: r = (4294967296 % v) ** 2.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f7(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = z ** (v + 4294967296)
            elif i == 1: r = z ** (4294967296 + v)
            elif i == 2: r = z ** (v - 4294967296)
            elif i == 3: r = z ** (4294967296 - v)
            elif i == 4: r = z ** (v * 4294967296)
            elif i == 5: r = z ** (4294967296 * v)
            elif i == 6: r = z ** (v / 4294967296)
            elif i == 7: r = z ** (4294967296 / v)
            elif i == 8: r = z ** (v // 4294967296)
            elif i == 9: r = z ** (4294967296 // v)
            elif i == 10: r = z ** (v % 4294967296)
            elif i == 11: r = z ** (4294967296 % v)
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f8(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) ** z
            elif i == 1: r = ((0x100000000 * 1) + v) ** z
            elif i == 2: r = (v - (0x100000000 * 1)) ** z
            elif i == 3: r = ((0x100000000 * 1) - v) ** z
            elif i == 4: r = (v * (0x100000000 * 1)) ** z
            elif i == 5: r = ((0x100000000 * 1) * v) ** z
            elif i == 6: r = (v / (0x100000000 * 1)) ** z
            elif i == 7: r = ((0x100000000 * 1) / v) ** z
            elif i == 8: r = (v // (0x100000000 * 1)) ** z
            elif i == 9: r = ((0x100000000 * 1) // v) ** z
            elif i == 10: r = (v % (0x100000000 * 1)) ** z
            elif i == 11: r = ((0x100000000 * 1) % v) ** z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f9(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) / z
            elif i == 1: r = ((0x100000000 * 1) + v) / z
            elif i == 2: r = (v - (0x100000000 * 1)) / z
            elif i == 3: r = ((0x100000000 * 1) - v) / z
            elif i == 4: r = (v * (0x100000000 * 1)) / z
            elif i == 5: r = ((0x100000000 * 1) * v) / z
            elif i == 6: r = (v / (0x100000000 * 1)) / z
            elif i == 7: r = ((0x100000000 * 1) / v) / z
            elif i == 8: r = (v // (0x100000000 * 1)) / z
            elif i == 9: r = ((0x100000000 * 1) // v) / z
            elif i == 10: r = (v % (0x100000000 * 1)) / z
            elif i == 11: r = ((0x100000000 * 1) % v) / z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f10(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) // z
            elif i == 1: r = ((0x100000000 * 1) + v) // z
            elif i == 2: r = (v - (0x100000000 * 1)) // z
            elif i == 3: r = ((0x100000000 * 1) - v) // z
            elif i == 4: r = (v * (0x100000000 * 1)) // z
            elif i == 5: r = ((0x100000000 * 1) * v) // z
            elif i == 6: r = (v / (0x100000000 * 1)) // z
            elif i == 7: r = ((0x100000000 * 1) / v) // z
            elif i == 8: r = (v // (0x100000000 * 1)) // z
            elif i == 9: r = ((0x100000000 * 1) // v) // z
            elif i == 10: r = (v % (0x100000000 * 1)) // z
            elif i == 11: r = ((0x100000000 * 1) % v) // z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f11(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) % z
            elif i == 1: r = ((0x100000000 * 1) + v) % z
            elif i == 2: r = (v - (0x100000000 * 1)) % z
            elif i == 3: r = ((0x100000000 * 1) - v) % z
            elif i == 4: r = (v * (0x100000000 * 1)) % z
            elif i == 5: r = ((0x100000000 * 1) * v) % z
            elif i == 6: r = (v / (0x100000000 * 1)) % z
            elif i == 7: r = ((0x100000000 * 1) / v) % z
            elif i == 8: r = (v // (0x100000000 * 1)) % z
            elif i == 9: r = ((0x100000000 * 1) // v) % z
            elif i == 10: r = (v % (0x100000000 * 1)) % z
            elif i == 11: r = ((0x100000000 * 1) % v) % z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f12(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = -(v + (0x100000000 * 1)) ** 3.0
            elif i == 1: r = -((0x100000000 * 1) + v) ** 3.0
            elif i == 2: r = -(v - (0x100000000 * 1)) ** 3.0
            elif i == 3: r = -((0x100000000 * 1) - v) ** 3.0
            elif i == 4: r = -(v * (0x100000000 * 1)) ** 3.0
            elif i == 5: r = -((0x100000000 * 1) * v) ** 3.0
            elif i == 6: r = -(v / (0x100000000 * 1)) ** 3.0
            elif i == 7: r = -((0x100000000 * 1) / v) ** 3.0
            elif i == 8: r = -(v // (0x100000000 * 1)) ** 3.0
            elif i == 9: r = -((0x100000000 * 1) // v) ** 3.0
            elif i == 10: r = -(v % (0x100000000 * 1)) ** 3.0
            elif i == 11: r = -((0x100000000 * 1) % v) ** 3.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f13(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) ** 2.0
            elif i == 1: r = ((0x100000000 * 1) + v) ** 2.0
            elif i == 2: r = (v - (0x100000000 * 1)) ** 2.0
            elif i == 3: r = ((0x100000000 * 1) - v) ** 2.0
            elif i == 4: r = (v * (0x100000000 * 1)) ** 2.0
            elif i == 5: r = ((0x100000000 * 1) * v) ** 2.0
            elif i == 6: r = (v / (0x100000000 * 1)) ** 2.0
            elif i == 7: r = ((0x100000000 * 1) / v) ** 2.0
            elif i == 8: r = (v // (0x100000000 * 1)) ** 2.0
            elif i == 9: r = ((0x100000000 * 1) // v) ** 2.0
            elif i == 10: r = (v % (0x100000000 * 1)) ** 2.0
            elif i == 11: r = ((0x100000000 * 1) % v) ** 2.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f14(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = z ** (v + (0x100000000 * 1))
            elif i == 1: r = z ** ((0x100000000 * 1) + v)
            elif i == 2: r = z ** (v - (0x100000000 * 1))
            elif i == 3: r = z ** ((0x100000000 * 1) - v)
            elif i == 4: r = z ** (v * (0x100000000 * 1))
            elif i == 5: r = z ** ((0x100000000 * 1) * v)
            elif i == 6: r = z ** (v / (0x100000000 * 1))
            elif i == 7: r = z ** ((0x100000000 * 1) / v)
            elif i == 8: r = z ** (v // (0x100000000 * 1))
            elif i == 9: r = z ** ((0x100000000 * 1) // v)
            elif i == 10: r = z ** (v % (0x100000000 * 1))
            elif i == 11: r = z ** ((0x100000000 * 1) % v)
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f15(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) ** z
            elif i == 1: r = (-(0x10000 * 0x10000) + v) ** z
            elif i == 2: r = (v - -(0x10000 * 0x10000)) ** z
            elif i == 3: r = (-(0x10000 * 0x10000) - v) ** z
            elif i == 4: r = (v * -(0x10000 * 0x10000)) ** z
            elif i == 5: r = (-(0x10000 * 0x10000) * v) ** z
            elif i == 6: r = (v / -(0x10000 * 0x10000)) ** z
            elif i == 7: r = (-(0x10000 * 0x10000) / v) ** z
            elif i == 8: r = (v // -(0x10000 * 0x10000)) ** z
            elif i == 9: r = (-(0x10000 * 0x10000) // v) ** z
            elif i == 10: r = (v % -(0x10000 * 0x10000)) ** z
            elif i == 11: r = (-(0x10000 * 0x10000) % v) ** z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f16(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) / z
            elif i == 1: r = (-(0x10000 * 0x10000) + v) / z
            elif i == 2: r = (v - -(0x10000 * 0x10000)) / z
            elif i == 3: r = (-(0x10000 * 0x10000) - v) / z
            elif i == 4: r = (v * -(0x10000 * 0x10000)) / z
            elif i == 5: r = (-(0x10000 * 0x10000) * v) / z
            elif i == 6: r = (v / -(0x10000 * 0x10000)) / z
            elif i == 7: r = (-(0x10000 * 0x10000) / v) / z
            elif i == 8: r = (v // -(0x10000 * 0x10000)) / z
            elif i == 9: r = (-(0x10000 * 0x10000) // v) / z
            elif i == 10: r = (v % -(0x10000 * 0x10000)) / z
            elif i == 11: r = (-(0x10000 * 0x10000) % v) / z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f17(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) // z
            elif i == 1: r = (-(0x10000 * 0x10000) + v) // z
            elif i == 2: r = (v - -(0x10000 * 0x10000)) // z
            elif i == 3: r = (-(0x10000 * 0x10000) - v) // z
            elif i == 4: r = (v * -(0x10000 * 0x10000)) // z
            elif i == 5: r = (-(0x10000 * 0x10000) * v) // z
            elif i == 6: r = (v / -(0x10000 * 0x10000)) // z
            elif i == 7: r = (-(0x10000 * 0x10000) / v) // z
            elif i == 8: r = (v // -(0x10000 * 0x10000)) // z
            elif i == 9: r = (-(0x10000 * 0x10000) // v) // z
            elif i == 10: r = (v % -(0x10000 * 0x10000)) // z
            elif i == 11: r = (-(0x10000 * 0x10000) % v) // z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f18(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) % z
            elif i == 1: r = (-(0x10000 * 0x10000) + v) % z
            elif i == 2: r = (v - -(0x10000 * 0x10000)) % z
            elif i == 3: r = (-(0x10000 * 0x10000) - v) % z
            elif i == 4: r = (v * -(0x10000 * 0x10000)) % z
            elif i == 5: r = (-(0x10000 * 0x10000) * v) % z
            elif i == 6: r = (v / -(0x10000 * 0x10000)) % z
            elif i == 7: r = (-(0x10000 * 0x10000) / v) % z
            elif i == 8: r = (v // -(0x10000 * 0x10000)) % z
            elif i == 9: r = (-(0x10000 * 0x10000) // v) % z
            elif i == 10: r = (v % -(0x10000 * 0x10000)) % z
            elif i == 11: r = (-(0x10000 * 0x10000) % v) % z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f19(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = -(v + -(0x10000 * 0x10000)) ** 3.0
            elif i == 1: r = -(-(0x10000 * 0x10000) + v) ** 3.0
            elif i == 2: r = -(v - -(0x10000 * 0x10000)) ** 3.0
            elif i == 3: r = -(-(0x10000 * 0x10000) - v) ** 3.0
            elif i == 4: r = -(v * -(0x10000 * 0x10000)) ** 3.0
            elif i == 5: r = -(-(0x10000 * 0x10000) * v) ** 3.0
            elif i == 6: r = -(v / -(0x10000 * 0x10000)) ** 3.0
            elif i == 7: r = -(-(0x10000 * 0x10000) / v) ** 3.0
            elif i == 8: r = -(v // -(0x10000 * 0x10000)) ** 3.0
            elif i == 9: r = -(-(0x10000 * 0x10000) // v) ** 3.0
            elif i == 10: r = -(v % -(0x10000 * 0x10000)) ** 3.0
            elif i == 11: r = -(-(0x10000 * 0x10000) % v) ** 3.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f20(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) ** 2.0
            elif i == 1: r = (-(0x10000 * 0x10000) + v) ** 2.0
            elif i == 2: r = (v - -(0x10000 * 0x10000)) ** 2.0
            elif i == 3: r = (-(0x10000 * 0x10000) - v) ** 2.0
            elif i == 4: r = (v * -(0x10000 * 0x10000)) ** 2.0
            elif i == 5: r = (-(0x10000 * 0x10000) * v) ** 2.0
            elif i == 6: r = (v / -(0x10000 * 0x10000)) ** 2.0
            elif i == 7: r = (-(0x10000 * 0x10000) / v) ** 2.0
            elif i == 8: r = (v // -(0x10000 * 0x10000)) ** 2.0
            elif i == 9: r = (-(0x10000 * 0x10000) // v) ** 2.0
            elif i == 10: r = (v % -(0x10000 * 0x10000)) ** 2.0
            elif i == 11: r = (-(0x10000 * 0x10000) % v) ** 2.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f21(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = z ** (v + -(0x10000 * 0x10000))
            elif i == 1: r = z ** (-(0x10000 * 0x10000) + v)
            elif i == 2: r = z ** (v - -(0x10000 * 0x10000))
            elif i == 3: r = z ** (-(0x10000 * 0x10000) - v)
            elif i == 4: r = z ** (v * -(0x10000 * 0x10000))
            elif i == 5: r = z ** (-(0x10000 * 0x10000) * v)
            elif i == 6: r = z ** (v / -(0x10000 * 0x10000))
            elif i == 7: r = z ** (-(0x10000 * 0x10000) / v)
            elif i == 8: r = z ** (v // -(0x10000 * 0x10000))
            elif i == 9: r = z ** (-(0x10000 * 0x10000) // v)
            elif i == 10: r = z ** (v % -(0x10000 * 0x10000))
            elif i == 11: r = z ** (-(0x10000 * 0x10000) % v)
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f22(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) ** z
            elif i == 1: r = ((0x7fffffff + 1) + v) ** z
            elif i == 2: r = (v - (0x7fffffff + 1)) ** z
            elif i == 3: r = ((0x7fffffff + 1) - v) ** z
            elif i == 4: r = (v * (0x7fffffff + 1)) ** z
            elif i == 5: r = ((0x7fffffff + 1) * v) ** z
            elif i == 6: r = (v / (0x7fffffff + 1)) ** z
            elif i == 7: r = ((0x7fffffff + 1) / v) ** z
            elif i == 8: r = (v // (0x7fffffff + 1)) ** z
            elif i == 9: r = ((0x7fffffff + 1) // v) ** z
            elif i == 10: r = (v % (0x7fffffff + 1)) ** z
            elif i == 11: r = ((0x7fffffff + 1) % v) ** z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f23(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) / z
            elif i == 1: r = ((0x7fffffff + 1) + v) / z
            elif i == 2: r = (v - (0x7fffffff + 1)) / z
            elif i == 3: r = ((0x7fffffff + 1) - v) / z
            elif i == 4: r = (v * (0x7fffffff + 1)) / z
            elif i == 5: r = ((0x7fffffff + 1) * v) / z
            elif i == 6: r = (v / (0x7fffffff + 1)) / z
            elif i == 7: r = ((0x7fffffff + 1) / v) / z
            elif i == 8: r = (v // (0x7fffffff + 1)) / z
            elif i == 9: r = ((0x7fffffff + 1) // v) / z
            elif i == 10: r = (v % (0x7fffffff + 1)) / z
            elif i == 11: r = ((0x7fffffff + 1) % v) / z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f24(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) // z
            elif i == 1: r = ((0x7fffffff + 1) + v) // z
            elif i == 2: r = (v - (0x7fffffff + 1)) // z
            elif i == 3: r = ((0x7fffffff + 1) - v) // z
            elif i == 4: r = (v * (0x7fffffff + 1)) // z
            elif i == 5: r = ((0x7fffffff + 1) * v) // z
            elif i == 6: r = (v / (0x7fffffff + 1)) // z
            elif i == 7: r = ((0x7fffffff + 1) / v) // z
            elif i == 8: r = (v // (0x7fffffff + 1)) // z
            elif i == 9: r = ((0x7fffffff + 1) // v) // z
            elif i == 10: r = (v % (0x7fffffff + 1)) // z
            elif i == 11: r = ((0x7fffffff + 1) % v) // z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f25(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) % z
            elif i == 1: r = ((0x7fffffff + 1) + v) % z
            elif i == 2: r = (v - (0x7fffffff + 1)) % z
            elif i == 3: r = ((0x7fffffff + 1) - v) % z
            elif i == 4: r = (v * (0x7fffffff + 1)) % z
            elif i == 5: r = ((0x7fffffff + 1) * v) % z
            elif i == 6: r = (v / (0x7fffffff + 1)) % z
            elif i == 7: r = ((0x7fffffff + 1) / v) % z
            elif i == 8: r = (v // (0x7fffffff + 1)) % z
            elif i == 9: r = ((0x7fffffff + 1) // v) % z
            elif i == 10: r = (v % (0x7fffffff + 1)) % z
            elif i == 11: r = ((0x7fffffff + 1) % v) % z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f26(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = -(v + (0x7fffffff + 1)) ** 3.0
            elif i == 1: r = -((0x7fffffff + 1) + v) ** 3.0
            elif i == 2: r = -(v - (0x7fffffff + 1)) ** 3.0
            elif i == 3: r = -((0x7fffffff + 1) - v) ** 3.0
            elif i == 4: r = -(v * (0x7fffffff + 1)) ** 3.0
            elif i == 5: r = -((0x7fffffff + 1) * v) ** 3.0
            elif i == 6: r = -(v / (0x7fffffff + 1)) ** 3.0
            elif i == 7: r = -((0x7fffffff + 1) / v) ** 3.0
            elif i == 8: r = -(v // (0x7fffffff + 1)) ** 3.0
            elif i == 9: r = -((0x7fffffff + 1) // v) ** 3.0
            elif i == 10: r = -(v % (0x7fffffff + 1)) ** 3.0
            elif i == 11: r = -((0x7fffffff + 1) % v) ** 3.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f27(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) ** 2.0
            elif i == 1: r = ((0x7fffffff + 1) + v) ** 2.0
            elif i == 2: r = (v - (0x7fffffff + 1)) ** 2.0
            elif i == 3: r = ((0x7fffffff + 1) - v) ** 2.0
            elif i == 4: r = (v * (0x7fffffff + 1)) ** 2.0
            elif i == 5: r = ((0x7fffffff + 1) * v) ** 2.0
            elif i == 6: r = (v / (0x7fffffff + 1)) ** 2.0
            elif i == 7: r = ((0x7fffffff + 1) / v) ** 2.0
            elif i == 8: r = (v // (0x7fffffff + 1)) ** 2.0
            elif i == 9: r = ((0x7fffffff + 1) // v) ** 2.0
            elif i == 10: r = (v % (0x7fffffff + 1)) ** 2.0
            elif i == 11: r = ((0x7fffffff + 1) % v) ** 2.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(False)
def f28(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = z ** (v + (0x7fffffff + 1))
            elif i == 1: r = z ** ((0x7fffffff + 1) + v)
            elif i == 2: r = z ** (v - (0x7fffffff + 1))
            elif i == 3: r = z ** ((0x7fffffff + 1) - v)
            elif i == 4: r = z ** (v * (0x7fffffff + 1))
            elif i == 5: r = z ** ((0x7fffffff + 1) * v)
            elif i == 6: r = z ** (v / (0x7fffffff + 1))
            elif i == 7: r = z ** ((0x7fffffff + 1) / v)
            elif i == 8: r = z ** (v // (0x7fffffff + 1))
            elif i == 9: r = z ** ((0x7fffffff + 1) // v)
            elif i == 10: r = z ** (v % (0x7fffffff + 1))
            elif i == 11: r = z ** ((0x7fffffff + 1) % v)
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f29(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) ** z
            elif i == 1: r = (4294967296 + v) ** z
            elif i == 2: r = (v - 4294967296) ** z
            elif i == 3: r = (4294967296 - v) ** z
            elif i == 4: r = (v * 4294967296) ** z
            elif i == 5: r = (4294967296 * v) ** z
            elif i == 6: r = (v / 4294967296) ** z
            elif i == 7: r = (4294967296 / v) ** z
            elif i == 8: r = (v // 4294967296) ** z
            elif i == 9: r = (4294967296 // v) ** z
            elif i == 10: r = (v % 4294967296) ** z
            elif i == 11: r = (4294967296 % v) ** z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f30(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) / z
            elif i == 1: r = (4294967296 + v) / z
            elif i == 2: r = (v - 4294967296) / z
            elif i == 3: r = (4294967296 - v) / z
            elif i == 4: r = (v * 4294967296) / z
            elif i == 5: r = (4294967296 * v) / z
            elif i == 6: r = (v / 4294967296) / z
            elif i == 7: r = (4294967296 / v) / z
            elif i == 8: r = (v // 4294967296) / z
            elif i == 9: r = (4294967296 // v) / z
            elif i == 10: r = (v % 4294967296) / z
            elif i == 11: r = (4294967296 % v) / z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f31(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) // z
            elif i == 1: r = (4294967296 + v) // z
            elif i == 2: r = (v - 4294967296) // z
            elif i == 3: r = (4294967296 - v) // z
            elif i == 4: r = (v * 4294967296) // z
            elif i == 5: r = (4294967296 * v) // z
            elif i == 6: r = (v / 4294967296) // z
            elif i == 7: r = (4294967296 / v) // z
            elif i == 8: r = (v // 4294967296) // z
            elif i == 9: r = (4294967296 // v) // z
            elif i == 10: r = (v % 4294967296) // z
            elif i == 11: r = (4294967296 % v) // z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f32(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) % z
            elif i == 1: r = (4294967296 + v) % z
            elif i == 2: r = (v - 4294967296) % z
            elif i == 3: r = (4294967296 - v) % z
            elif i == 4: r = (v * 4294967296) % z
            elif i == 5: r = (4294967296 * v) % z
            elif i == 6: r = (v / 4294967296) % z
            elif i == 7: r = (4294967296 / v) % z
            elif i == 8: r = (v // 4294967296) % z
            elif i == 9: r = (4294967296 // v) % z
            elif i == 10: r = (v % 4294967296) % z
            elif i == 11: r = (4294967296 % v) % z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f33(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = -(v + 4294967296) ** 3.0
            elif i == 1: r = -(4294967296 + v) ** 3.0
            elif i == 2: r = -(v - 4294967296) ** 3.0
            elif i == 3: r = -(4294967296 - v) ** 3.0
            elif i == 4: r = -(v * 4294967296) ** 3.0
            elif i == 5: r = -(4294967296 * v) ** 3.0
            elif i == 6: r = -(v / 4294967296) ** 3.0
            elif i == 7: r = -(4294967296 / v) ** 3.0
            elif i == 8: r = -(v // 4294967296) ** 3.0
            elif i == 9: r = -(4294967296 // v) ** 3.0
            elif i == 10: r = -(v % 4294967296) ** 3.0
            elif i == 11: r = -(4294967296 % v) ** 3.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f34(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + 4294967296) ** 2.0
            elif i == 1: r = (4294967296 + v) ** 2.0
            elif i == 2: r = (v - 4294967296) ** 2.0
            elif i == 3: r = (4294967296 - v) ** 2.0
            elif i == 4: r = (v * 4294967296) ** 2.0
            elif i == 5: r = (4294967296 * v) ** 2.0
            elif i == 6: r = (v / 4294967296) ** 2.0
            elif i == 7: r = (4294967296 / v) ** 2.0
            elif i == 8: r = (v // 4294967296) ** 2.0
            elif i == 9: r = (4294967296 // v) ** 2.0
            elif i == 10: r = (v % 4294967296) ** 2.0
            elif i == 11: r = (4294967296 % v) ** 2.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f35(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = z ** (v + 4294967296)
            elif i == 1: r = z ** (4294967296 + v)
            elif i == 2: r = z ** (v - 4294967296)
            elif i == 3: r = z ** (4294967296 - v)
            elif i == 4: r = z ** (v * 4294967296)
            elif i == 5: r = z ** (4294967296 * v)
            elif i == 6: r = z ** (v / 4294967296)
            elif i == 7: r = z ** (4294967296 / v)
            elif i == 8: r = z ** (v // 4294967296)
            elif i == 9: r = z ** (4294967296 // v)
            elif i == 10: r = z ** (v % 4294967296)
            elif i == 11: r = z ** (4294967296 % v)
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f36(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) ** z
            elif i == 1: r = ((0x100000000 * 1) + v) ** z
            elif i == 2: r = (v - (0x100000000 * 1)) ** z
            elif i == 3: r = ((0x100000000 * 1) - v) ** z
            elif i == 4: r = (v * (0x100000000 * 1)) ** z
            elif i == 5: r = ((0x100000000 * 1) * v) ** z
            elif i == 6: r = (v / (0x100000000 * 1)) ** z
            elif i == 7: r = ((0x100000000 * 1) / v) ** z
            elif i == 8: r = (v // (0x100000000 * 1)) ** z
            elif i == 9: r = ((0x100000000 * 1) // v) ** z
            elif i == 10: r = (v % (0x100000000 * 1)) ** z
            elif i == 11: r = ((0x100000000 * 1) % v) ** z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f37(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) / z
            elif i == 1: r = ((0x100000000 * 1) + v) / z
            elif i == 2: r = (v - (0x100000000 * 1)) / z
            elif i == 3: r = ((0x100000000 * 1) - v) / z
            elif i == 4: r = (v * (0x100000000 * 1)) / z
            elif i == 5: r = ((0x100000000 * 1) * v) / z
            elif i == 6: r = (v / (0x100000000 * 1)) / z
            elif i == 7: r = ((0x100000000 * 1) / v) / z
            elif i == 8: r = (v // (0x100000000 * 1)) / z
            elif i == 9: r = ((0x100000000 * 1) // v) / z
            elif i == 10: r = (v % (0x100000000 * 1)) / z
            elif i == 11: r = ((0x100000000 * 1) % v) / z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f38(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) // z
            elif i == 1: r = ((0x100000000 * 1) + v) // z
            elif i == 2: r = (v - (0x100000000 * 1)) // z
            elif i == 3: r = ((0x100000000 * 1) - v) // z
            elif i == 4: r = (v * (0x100000000 * 1)) // z
            elif i == 5: r = ((0x100000000 * 1) * v) // z
            elif i == 6: r = (v / (0x100000000 * 1)) // z
            elif i == 7: r = ((0x100000000 * 1) / v) // z
            elif i == 8: r = (v // (0x100000000 * 1)) // z
            elif i == 9: r = ((0x100000000 * 1) // v) // z
            elif i == 10: r = (v % (0x100000000 * 1)) // z
            elif i == 11: r = ((0x100000000 * 1) % v) // z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f39(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) % z
            elif i == 1: r = ((0x100000000 * 1) + v) % z
            elif i == 2: r = (v - (0x100000000 * 1)) % z
            elif i == 3: r = ((0x100000000 * 1) - v) % z
            elif i == 4: r = (v * (0x100000000 * 1)) % z
            elif i == 5: r = ((0x100000000 * 1) * v) % z
            elif i == 6: r = (v / (0x100000000 * 1)) % z
            elif i == 7: r = ((0x100000000 * 1) / v) % z
            elif i == 8: r = (v // (0x100000000 * 1)) % z
            elif i == 9: r = ((0x100000000 * 1) // v) % z
            elif i == 10: r = (v % (0x100000000 * 1)) % z
            elif i == 11: r = ((0x100000000 * 1) % v) % z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f40(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = -(v + (0x100000000 * 1)) ** 3.0
            elif i == 1: r = -((0x100000000 * 1) + v) ** 3.0
            elif i == 2: r = -(v - (0x100000000 * 1)) ** 3.0
            elif i == 3: r = -((0x100000000 * 1) - v) ** 3.0
            elif i == 4: r = -(v * (0x100000000 * 1)) ** 3.0
            elif i == 5: r = -((0x100000000 * 1) * v) ** 3.0
            elif i == 6: r = -(v / (0x100000000 * 1)) ** 3.0
            elif i == 7: r = -((0x100000000 * 1) / v) ** 3.0
            elif i == 8: r = -(v // (0x100000000 * 1)) ** 3.0
            elif i == 9: r = -((0x100000000 * 1) // v) ** 3.0
            elif i == 10: r = -(v % (0x100000000 * 1)) ** 3.0
            elif i == 11: r = -((0x100000000 * 1) % v) ** 3.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f41(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x100000000 * 1)) ** 2.0
            elif i == 1: r = ((0x100000000 * 1) + v) ** 2.0
            elif i == 2: r = (v - (0x100000000 * 1)) ** 2.0
            elif i == 3: r = ((0x100000000 * 1) - v) ** 2.0
            elif i == 4: r = (v * (0x100000000 * 1)) ** 2.0
            elif i == 5: r = ((0x100000000 * 1) * v) ** 2.0
            elif i == 6: r = (v / (0x100000000 * 1)) ** 2.0
            elif i == 7: r = ((0x100000000 * 1) / v) ** 2.0
            elif i == 8: r = (v // (0x100000000 * 1)) ** 2.0
            elif i == 9: r = ((0x100000000 * 1) // v) ** 2.0
            elif i == 10: r = (v % (0x100000000 * 1)) ** 2.0
            elif i == 11: r = ((0x100000000 * 1) % v) ** 2.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f42(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = z ** (v + (0x100000000 * 1))
            elif i == 1: r = z ** ((0x100000000 * 1) + v)
            elif i == 2: r = z ** (v - (0x100000000 * 1))
            elif i == 3: r = z ** ((0x100000000 * 1) - v)
            elif i == 4: r = z ** (v * (0x100000000 * 1))
            elif i == 5: r = z ** ((0x100000000 * 1) * v)
            elif i == 6: r = z ** (v / (0x100000000 * 1))
            elif i == 7: r = z ** ((0x100000000 * 1) / v)
            elif i == 8: r = z ** (v // (0x100000000 * 1))
            elif i == 9: r = z ** ((0x100000000 * 1) // v)
            elif i == 10: r = z ** (v % (0x100000000 * 1))
            elif i == 11: r = z ** ((0x100000000 * 1) % v)
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f43(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) ** z
            elif i == 1: r = (-(0x10000 * 0x10000) + v) ** z
            elif i == 2: r = (v - -(0x10000 * 0x10000)) ** z
            elif i == 3: r = (-(0x10000 * 0x10000) - v) ** z
            elif i == 4: r = (v * -(0x10000 * 0x10000)) ** z
            elif i == 5: r = (-(0x10000 * 0x10000) * v) ** z
            elif i == 6: r = (v / -(0x10000 * 0x10000)) ** z
            elif i == 7: r = (-(0x10000 * 0x10000) / v) ** z
            elif i == 8: r = (v // -(0x10000 * 0x10000)) ** z
            elif i == 9: r = (-(0x10000 * 0x10000) // v) ** z
            elif i == 10: r = (v % -(0x10000 * 0x10000)) ** z
            elif i == 11: r = (-(0x10000 * 0x10000) % v) ** z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f44(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) / z
            elif i == 1: r = (-(0x10000 * 0x10000) + v) / z
            elif i == 2: r = (v - -(0x10000 * 0x10000)) / z
            elif i == 3: r = (-(0x10000 * 0x10000) - v) / z
            elif i == 4: r = (v * -(0x10000 * 0x10000)) / z
            elif i == 5: r = (-(0x10000 * 0x10000) * v) / z
            elif i == 6: r = (v / -(0x10000 * 0x10000)) / z
            elif i == 7: r = (-(0x10000 * 0x10000) / v) / z
            elif i == 8: r = (v // -(0x10000 * 0x10000)) / z
            elif i == 9: r = (-(0x10000 * 0x10000) // v) / z
            elif i == 10: r = (v % -(0x10000 * 0x10000)) / z
            elif i == 11: r = (-(0x10000 * 0x10000) % v) / z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f45(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) // z
            elif i == 1: r = (-(0x10000 * 0x10000) + v) // z
            elif i == 2: r = (v - -(0x10000 * 0x10000)) // z
            elif i == 3: r = (-(0x10000 * 0x10000) - v) // z
            elif i == 4: r = (v * -(0x10000 * 0x10000)) // z
            elif i == 5: r = (-(0x10000 * 0x10000) * v) // z
            elif i == 6: r = (v / -(0x10000 * 0x10000)) // z
            elif i == 7: r = (-(0x10000 * 0x10000) / v) // z
            elif i == 8: r = (v // -(0x10000 * 0x10000)) // z
            elif i == 9: r = (-(0x10000 * 0x10000) // v) // z
            elif i == 10: r = (v % -(0x10000 * 0x10000)) // z
            elif i == 11: r = (-(0x10000 * 0x10000) % v) // z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f46(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) % z
            elif i == 1: r = (-(0x10000 * 0x10000) + v) % z
            elif i == 2: r = (v - -(0x10000 * 0x10000)) % z
            elif i == 3: r = (-(0x10000 * 0x10000) - v) % z
            elif i == 4: r = (v * -(0x10000 * 0x10000)) % z
            elif i == 5: r = (-(0x10000 * 0x10000) * v) % z
            elif i == 6: r = (v / -(0x10000 * 0x10000)) % z
            elif i == 7: r = (-(0x10000 * 0x10000) / v) % z
            elif i == 8: r = (v // -(0x10000 * 0x10000)) % z
            elif i == 9: r = (-(0x10000 * 0x10000) // v) % z
            elif i == 10: r = (v % -(0x10000 * 0x10000)) % z
            elif i == 11: r = (-(0x10000 * 0x10000) % v) % z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f47(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = -(v + -(0x10000 * 0x10000)) ** 3.0
            elif i == 1: r = -(-(0x10000 * 0x10000) + v) ** 3.0
            elif i == 2: r = -(v - -(0x10000 * 0x10000)) ** 3.0
            elif i == 3: r = -(-(0x10000 * 0x10000) - v) ** 3.0
            elif i == 4: r = -(v * -(0x10000 * 0x10000)) ** 3.0
            elif i == 5: r = -(-(0x10000 * 0x10000) * v) ** 3.0
            elif i == 6: r = -(v / -(0x10000 * 0x10000)) ** 3.0
            elif i == 7: r = -(-(0x10000 * 0x10000) / v) ** 3.0
            elif i == 8: r = -(v // -(0x10000 * 0x10000)) ** 3.0
            elif i == 9: r = -(-(0x10000 * 0x10000) // v) ** 3.0
            elif i == 10: r = -(v % -(0x10000 * 0x10000)) ** 3.0
            elif i == 11: r = -(-(0x10000 * 0x10000) % v) ** 3.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f48(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + -(0x10000 * 0x10000)) ** 2.0
            elif i == 1: r = (-(0x10000 * 0x10000) + v) ** 2.0
            elif i == 2: r = (v - -(0x10000 * 0x10000)) ** 2.0
            elif i == 3: r = (-(0x10000 * 0x10000) - v) ** 2.0
            elif i == 4: r = (v * -(0x10000 * 0x10000)) ** 2.0
            elif i == 5: r = (-(0x10000 * 0x10000) * v) ** 2.0
            elif i == 6: r = (v / -(0x10000 * 0x10000)) ** 2.0
            elif i == 7: r = (-(0x10000 * 0x10000) / v) ** 2.0
            elif i == 8: r = (v // -(0x10000 * 0x10000)) ** 2.0
            elif i == 9: r = (-(0x10000 * 0x10000) // v) ** 2.0
            elif i == 10: r = (v % -(0x10000 * 0x10000)) ** 2.0
            elif i == 11: r = (-(0x10000 * 0x10000) % v) ** 2.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f49(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = z ** (v + -(0x10000 * 0x10000))
            elif i == 1: r = z ** (-(0x10000 * 0x10000) + v)
            elif i == 2: r = z ** (v - -(0x10000 * 0x10000))
            elif i == 3: r = z ** (-(0x10000 * 0x10000) - v)
            elif i == 4: r = z ** (v * -(0x10000 * 0x10000))
            elif i == 5: r = z ** (-(0x10000 * 0x10000) * v)
            elif i == 6: r = z ** (v / -(0x10000 * 0x10000))
            elif i == 7: r = z ** (-(0x10000 * 0x10000) / v)
            elif i == 8: r = z ** (v // -(0x10000 * 0x10000))
            elif i == 9: r = z ** (-(0x10000 * 0x10000) // v)
            elif i == 10: r = z ** (v % -(0x10000 * 0x10000))
            elif i == 11: r = z ** (-(0x10000 * 0x10000) % v)
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f50(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) ** z
            elif i == 1: r = ((0x7fffffff + 1) + v) ** z
            elif i == 2: r = (v - (0x7fffffff + 1)) ** z
            elif i == 3: r = ((0x7fffffff + 1) - v) ** z
            elif i == 4: r = (v * (0x7fffffff + 1)) ** z
            elif i == 5: r = ((0x7fffffff + 1) * v) ** z
            elif i == 6: r = (v / (0x7fffffff + 1)) ** z
            elif i == 7: r = ((0x7fffffff + 1) / v) ** z
            elif i == 8: r = (v // (0x7fffffff + 1)) ** z
            elif i == 9: r = ((0x7fffffff + 1) // v) ** z
            elif i == 10: r = (v % (0x7fffffff + 1)) ** z
            elif i == 11: r = ((0x7fffffff + 1) % v) ** z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f51(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) / z
            elif i == 1: r = ((0x7fffffff + 1) + v) / z
            elif i == 2: r = (v - (0x7fffffff + 1)) / z
            elif i == 3: r = ((0x7fffffff + 1) - v) / z
            elif i == 4: r = (v * (0x7fffffff + 1)) / z
            elif i == 5: r = ((0x7fffffff + 1) * v) / z
            elif i == 6: r = (v / (0x7fffffff + 1)) / z
            elif i == 7: r = ((0x7fffffff + 1) / v) / z
            elif i == 8: r = (v // (0x7fffffff + 1)) / z
            elif i == 9: r = ((0x7fffffff + 1) // v) / z
            elif i == 10: r = (v % (0x7fffffff + 1)) / z
            elif i == 11: r = ((0x7fffffff + 1) % v) / z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f52(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) // z
            elif i == 1: r = ((0x7fffffff + 1) + v) // z
            elif i == 2: r = (v - (0x7fffffff + 1)) // z
            elif i == 3: r = ((0x7fffffff + 1) - v) // z
            elif i == 4: r = (v * (0x7fffffff + 1)) // z
            elif i == 5: r = ((0x7fffffff + 1) * v) // z
            elif i == 6: r = (v / (0x7fffffff + 1)) // z
            elif i == 7: r = ((0x7fffffff + 1) / v) // z
            elif i == 8: r = (v // (0x7fffffff + 1)) // z
            elif i == 9: r = ((0x7fffffff + 1) // v) // z
            elif i == 10: r = (v % (0x7fffffff + 1)) // z
            elif i == 11: r = ((0x7fffffff + 1) % v) // z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f53(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) % z
            elif i == 1: r = ((0x7fffffff + 1) + v) % z
            elif i == 2: r = (v - (0x7fffffff + 1)) % z
            elif i == 3: r = ((0x7fffffff + 1) - v) % z
            elif i == 4: r = (v * (0x7fffffff + 1)) % z
            elif i == 5: r = ((0x7fffffff + 1) * v) % z
            elif i == 6: r = (v / (0x7fffffff + 1)) % z
            elif i == 7: r = ((0x7fffffff + 1) / v) % z
            elif i == 8: r = (v // (0x7fffffff + 1)) % z
            elif i == 9: r = ((0x7fffffff + 1) // v) % z
            elif i == 10: r = (v % (0x7fffffff + 1)) % z
            elif i == 11: r = ((0x7fffffff + 1) % v) % z
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f54(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = -(v + (0x7fffffff + 1)) ** 3.0
            elif i == 1: r = -((0x7fffffff + 1) + v) ** 3.0
            elif i == 2: r = -(v - (0x7fffffff + 1)) ** 3.0
            elif i == 3: r = -((0x7fffffff + 1) - v) ** 3.0
            elif i == 4: r = -(v * (0x7fffffff + 1)) ** 3.0
            elif i == 5: r = -((0x7fffffff + 1) * v) ** 3.0
            elif i == 6: r = -(v / (0x7fffffff + 1)) ** 3.0
            elif i == 7: r = -((0x7fffffff + 1) / v) ** 3.0
            elif i == 8: r = -(v // (0x7fffffff + 1)) ** 3.0
            elif i == 9: r = -((0x7fffffff + 1) // v) ** 3.0
            elif i == 10: r = -(v % (0x7fffffff + 1)) ** 3.0
            elif i == 11: r = -((0x7fffffff + 1) % v) ** 3.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f55(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = (v + (0x7fffffff + 1)) ** 2.0
            elif i == 1: r = ((0x7fffffff + 1) + v) ** 2.0
            elif i == 2: r = (v - (0x7fffffff + 1)) ** 2.0
            elif i == 3: r = ((0x7fffffff + 1) - v) ** 2.0
            elif i == 4: r = (v * (0x7fffffff + 1)) ** 2.0
            elif i == 5: r = ((0x7fffffff + 1) * v) ** 2.0
            elif i == 6: r = (v / (0x7fffffff + 1)) ** 2.0
            elif i == 7: r = ((0x7fffffff + 1) / v) ** 2.0
            elif i == 8: r = (v // (0x7fffffff + 1)) ** 2.0
            elif i == 9: r = ((0x7fffffff + 1) // v) ** 2.0
            elif i == 10: r = (v % (0x7fffffff + 1)) ** 2.0
            elif i == 11: r = ((0x7fffffff + 1) % v) ** 2.0
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

@cython.cdivision(True)
def f56(double v, double z):
    cdef double r
    for i in range(12):
        try:
            if i == 0: r = z ** (v + (0x7fffffff + 1))
            elif i == 1: r = z ** ((0x7fffffff + 1) + v)
            elif i == 2: r = z ** (v - (0x7fffffff + 1))
            elif i == 3: r = z ** ((0x7fffffff + 1) - v)
            elif i == 4: r = z ** (v * (0x7fffffff + 1))
            elif i == 5: r = z ** ((0x7fffffff + 1) * v)
            elif i == 6: r = z ** (v / (0x7fffffff + 1))
            elif i == 7: r = z ** ((0x7fffffff + 1) / v)
            elif i == 8: r = z ** (v // (0x7fffffff + 1))
            elif i == 9: r = z ** ((0x7fffffff + 1) // v)
            elif i == 10: r = z ** (v % (0x7fffffff + 1))
            elif i == 11: r = z ** ((0x7fffffff + 1) % v)
            print(i, r)
        except OverflowError as e:
            print(i, 'OverflowError', e)
        except ZeroDivisionError as e:
            print(i, 'ZeroDivisionError', e)
        except TypeError as e:
            print(i, 'TypeError', e)

for v in (1e300, -2.5, 0.0, 3.0):
    for z in (2.0, 0.0, -1.0, 0.5):
        print('v', v, 'z', z)
        f1(v, z)
        f2(v, z)
        f3(v, z)
        f4(v, z)
        f5(v, z)
        f6(v, z)
        f7(v, z)
        f8(v, z)
        f9(v, z)
        f10(v, z)
        f11(v, z)
        f12(v, z)
        f13(v, z)
        f14(v, z)
        f15(v, z)
        f16(v, z)
        f17(v, z)
        f18(v, z)
        f19(v, z)
        f20(v, z)
        f21(v, z)
        f22(v, z)
        f23(v, z)
        f24(v, z)
        f25(v, z)
        f26(v, z)
        f27(v, z)
        f28(v, z)
        f29(v, z)
        f30(v, z)
        f31(v, z)
        f32(v, z)
        f33(v, z)
        f34(v, z)
        f35(v, z)
        f36(v, z)
        f37(v, z)
        f38(v, z)
        f39(v, z)
        f40(v, z)
        f41(v, z)
        f42(v, z)
        f43(v, z)
        f44(v, z)
        f45(v, z)
        f46(v, z)
        f47(v, z)
        f48(v, z)
        f49(v, z)
        f50(v, z)
        f51(v, z)
        f52(v, z)
        f53(v, z)
        f54(v, z)
        f55(v, z)
        f56(v, z)

def zero_int(double v):
    # A Python-int zero: Cython's helpers return the float unchanged.
    print('zero', v, v + (0x100000000 - 0x100000000), v - (0x100000000 - 0x100000000), (0x100000000 - 0x100000000) + v, (0x100000000 - 0x100000000) - v, v * (0x100000000 - 0x100000000), (0x100000000 - 0x100000000) * v, v * -4294967296, -4294967296 * v)

for v in (-0.0, 0.0, 2.0, -1.5):
    zero_int(v)
