# `%` and `//` of floats whose operands Cython types `float` though C
# computes them in double (an integer literal beside a float is written
# as a double constant): Cython's float helper takes floats, so such an
# operand is rounded to float first.
cimport cython

@cython.cdivision(False)
def run_False(float f, float g, double d):
    try:
        print(0, (1 + f) % f)
    except ZeroDivisionError as ex:
        print(0, 'ZeroDivisionError', ex)
    try:
        print(1, (f + 1) % g)
    except ZeroDivisionError as ex:
        print(1, 'ZeroDivisionError', ex)
    try:
        print(2, (2 * f) % g)
    except ZeroDivisionError as ex:
        print(2, 'ZeroDivisionError', ex)
    try:
        print(3, (f - 3) // g)
    except ZeroDivisionError as ex:
        print(3, 'ZeroDivisionError', ex)
    try:
        print(4, f % (1 + g))
    except ZeroDivisionError as ex:
        print(4, 'ZeroDivisionError', ex)
    try:
        print(5, (1 + f) // f)
    except ZeroDivisionError as ex:
        print(5, 'ZeroDivisionError', ex)
    try:
        print(6, (f * 2 - 1) % g)
    except ZeroDivisionError as ex:
        print(6, 'ZeroDivisionError', ex)
    try:
        print(7, (1 + f) % d)
    except ZeroDivisionError as ex:
        print(7, 'ZeroDivisionError', ex)
    try:
        print(8, (g / 3) % f)
    except ZeroDivisionError as ex:
        print(8, 'ZeroDivisionError', ex)
    try:
        print(9, (-1 / f) % g)
    except ZeroDivisionError as ex:
        print(9, 'ZeroDivisionError', ex)
    try:
        print(10, (f + 0.5) % g)
    except ZeroDivisionError as ex:
        print(10, 'ZeroDivisionError', ex)
    try:
        print(11, (f + f) % g)
    except ZeroDivisionError as ex:
        print(11, 'ZeroDivisionError', ex)
    try:
        print(12, (1 + f) % 3)
    except ZeroDivisionError as ex:
        print(12, 'ZeroDivisionError', ex)
    cdef float v = f
    v %= -1 / g
    print('inplace', v)

@cython.cdivision(True)
def run_True(float f, float g, double d):
    try:
        print(0, (1 + f) % f)
    except ZeroDivisionError as ex:
        print(0, 'ZeroDivisionError', ex)
    try:
        print(1, (f + 1) % g)
    except ZeroDivisionError as ex:
        print(1, 'ZeroDivisionError', ex)
    try:
        print(2, (2 * f) % g)
    except ZeroDivisionError as ex:
        print(2, 'ZeroDivisionError', ex)
    try:
        print(3, (f - 3) // g)
    except ZeroDivisionError as ex:
        print(3, 'ZeroDivisionError', ex)
    try:
        print(4, f % (1 + g))
    except ZeroDivisionError as ex:
        print(4, 'ZeroDivisionError', ex)
    try:
        print(5, (1 + f) // f)
    except ZeroDivisionError as ex:
        print(5, 'ZeroDivisionError', ex)
    try:
        print(6, (f * 2 - 1) % g)
    except ZeroDivisionError as ex:
        print(6, 'ZeroDivisionError', ex)
    try:
        print(7, (1 + f) % d)
    except ZeroDivisionError as ex:
        print(7, 'ZeroDivisionError', ex)
    try:
        print(8, (g / 3) % f)
    except ZeroDivisionError as ex:
        print(8, 'ZeroDivisionError', ex)
    try:
        print(9, (-1 / f) % g)
    except ZeroDivisionError as ex:
        print(9, 'ZeroDivisionError', ex)
    try:
        print(10, (f + 0.5) % g)
    except ZeroDivisionError as ex:
        print(10, 'ZeroDivisionError', ex)
    try:
        print(11, (f + f) % g)
    except ZeroDivisionError as ex:
        print(11, 'ZeroDivisionError', ex)
    try:
        print(12, (1 + f) % 3)
    except ZeroDivisionError as ex:
        print(12, 'ZeroDivisionError', ex)
    cdef float v = f
    v %= -1 / g
    print('inplace', v)

run_False(1583296743997440.0, 1583296743997440.0, 3.0)
run_True(1583296743997440.0, 1583296743997440.0, 3.0)
run_False(41.0, -7.0, 0.1)
run_True(41.0, -7.0, 0.1)
run_False(16777216.0, 3.0, -2.5)
run_True(16777216.0, 3.0, -2.5)
run_False(0.1, 0.3, 1e20)
run_True(0.1, 0.3, 1e20)
