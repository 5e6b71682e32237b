# A division by a cast of a constant (`x / <float>840373.17`): Cython takes
# the cast's C text for a constant divisor, checks no zero and holds no
# operand in a temporary, so a float operand C computes in double (`1 / v3`
# is `1.0 / v3`) stays double, and a cast zero gives inf or nan.
cimport cython

@cython.cdivision(False)
def d1(float v3, float g):
    print('d1', (1 / v3) / <float>840373.1744789167, (1 / v3) / <double>840373.1744789167, (1 / v3) / <float>3, (1 / v3) / <float>0.1, (1 / v3) / <int>7, (1 / v3) / <float>0, (1 / v3) / <double>0, (1 / v3) / <float>-2.5)
    print('d1', (v3 * 2) / <float>840373.1744789167, (v3 * 2) / <double>840373.1744789167, (v3 * 2) / <float>3, (v3 * 2) / <float>0.1, (v3 * 2) / <int>7, (v3 * 2) / <float>0, (v3 * 2) / <double>0, (v3 * 2) / <float>-2.5)
    print('d1', (2 - v3) / <float>840373.1744789167, (2 - v3) / <double>840373.1744789167, (2 - v3) / <float>3, (2 - v3) / <float>0.1, (2 - v3) / <int>7, (2 - v3) / <float>0, (2 - v3) / <double>0, (2 - v3) / <float>-2.5)
    print('d1', (v3 + 1) / <float>840373.1744789167, (v3 + 1) / <double>840373.1744789167, (v3 + 1) / <float>3, (v3 + 1) / <float>0.1, (v3 + 1) / <int>7, (v3 + 1) / <float>0, (v3 + 1) / <double>0, (v3 + 1) / <float>-2.5)
    print('d1', (g / v3) / <float>840373.1744789167, (g / v3) / <double>840373.1744789167, (g / v3) / <float>3, (g / v3) / <float>0.1, (g / v3) / <int>7, (g / v3) / <float>0, (g / v3) / <double>0, (g / v3) / <float>-2.5)
    print('d1', (v3) / <float>840373.1744789167, (v3) / <double>840373.1744789167, (v3) / <float>3, (v3) / <float>0.1, (v3) / <int>7, (v3) / <float>0, (v3) / <double>0, (v3) / <float>-2.5)
    print('d1', (-v3) / <float>840373.1744789167, (-v3) / <double>840373.1744789167, (-v3) / <float>3, (-v3) / <float>0.1, (-v3) / <int>7, (-v3) / <float>0, (-v3) / <double>0, (-v3) / <float>-2.5)
    print('d1', (3 * g) / <float>840373.1744789167, (3 * g) / <double>840373.1744789167, (3 * g) / <float>3, (3 * g) / <float>0.1, (3 * g) / <int>7, (3 * g) / <float>0, (3 * g) / <double>0, (3 * g) / <float>-2.5)

@cython.cdivision(False)
def d2(float v3, float g):
    print('d2', (1 / v3) // <float>840373.1744789167, (1 / v3) // <double>840373.1744789167, (1 / v3) // <float>3, (1 / v3) // <float>0.1, (1 / v3) // <int>7, (1 / v3) // <float>0, (1 / v3) // <double>0, (1 / v3) // <float>-2.5)
    print('d2', (v3 * 2) // <float>840373.1744789167, (v3 * 2) // <double>840373.1744789167, (v3 * 2) // <float>3, (v3 * 2) // <float>0.1, (v3 * 2) // <int>7, (v3 * 2) // <float>0, (v3 * 2) // <double>0, (v3 * 2) // <float>-2.5)
    print('d2', (2 - v3) // <float>840373.1744789167, (2 - v3) // <double>840373.1744789167, (2 - v3) // <float>3, (2 - v3) // <float>0.1, (2 - v3) // <int>7, (2 - v3) // <float>0, (2 - v3) // <double>0, (2 - v3) // <float>-2.5)
    print('d2', (v3 + 1) // <float>840373.1744789167, (v3 + 1) // <double>840373.1744789167, (v3 + 1) // <float>3, (v3 + 1) // <float>0.1, (v3 + 1) // <int>7, (v3 + 1) // <float>0, (v3 + 1) // <double>0, (v3 + 1) // <float>-2.5)
    print('d2', (g / v3) // <float>840373.1744789167, (g / v3) // <double>840373.1744789167, (g / v3) // <float>3, (g / v3) // <float>0.1, (g / v3) // <int>7, (g / v3) // <float>0, (g / v3) // <double>0, (g / v3) // <float>-2.5)
    print('d2', (v3) // <float>840373.1744789167, (v3) // <double>840373.1744789167, (v3) // <float>3, (v3) // <float>0.1, (v3) // <int>7, (v3) // <float>0, (v3) // <double>0, (v3) // <float>-2.5)
    print('d2', (-v3) // <float>840373.1744789167, (-v3) // <double>840373.1744789167, (-v3) // <float>3, (-v3) // <float>0.1, (-v3) // <int>7, (-v3) // <float>0, (-v3) // <double>0, (-v3) // <float>-2.5)
    print('d2', (3 * g) // <float>840373.1744789167, (3 * g) // <double>840373.1744789167, (3 * g) // <float>3, (3 * g) // <float>0.1, (3 * g) // <int>7, (3 * g) // <float>0, (3 * g) // <double>0, (3 * g) // <float>-2.5)

@cython.cdivision(False)
def d3(float v3, float g):
    print('d3', (1 / v3) % <float>840373.1744789167, (1 / v3) % <double>840373.1744789167, (1 / v3) % <float>3, (1 / v3) % <float>0.1, (1 / v3) % <int>7, (1 / v3) % <float>0, (1 / v3) % <double>0, (1 / v3) % <float>-2.5)
    print('d3', (v3 * 2) % <float>840373.1744789167, (v3 * 2) % <double>840373.1744789167, (v3 * 2) % <float>3, (v3 * 2) % <float>0.1, (v3 * 2) % <int>7, (v3 * 2) % <float>0, (v3 * 2) % <double>0, (v3 * 2) % <float>-2.5)
    print('d3', (2 - v3) % <float>840373.1744789167, (2 - v3) % <double>840373.1744789167, (2 - v3) % <float>3, (2 - v3) % <float>0.1, (2 - v3) % <int>7, (2 - v3) % <float>0, (2 - v3) % <double>0, (2 - v3) % <float>-2.5)
    print('d3', (v3 + 1) % <float>840373.1744789167, (v3 + 1) % <double>840373.1744789167, (v3 + 1) % <float>3, (v3 + 1) % <float>0.1, (v3 + 1) % <int>7, (v3 + 1) % <float>0, (v3 + 1) % <double>0, (v3 + 1) % <float>-2.5)
    print('d3', (g / v3) % <float>840373.1744789167, (g / v3) % <double>840373.1744789167, (g / v3) % <float>3, (g / v3) % <float>0.1, (g / v3) % <int>7, (g / v3) % <float>0, (g / v3) % <double>0, (g / v3) % <float>-2.5)
    print('d3', (v3) % <float>840373.1744789167, (v3) % <double>840373.1744789167, (v3) % <float>3, (v3) % <float>0.1, (v3) % <int>7, (v3) % <float>0, (v3) % <double>0, (v3) % <float>-2.5)
    print('d3', (-v3) % <float>840373.1744789167, (-v3) % <double>840373.1744789167, (-v3) % <float>3, (-v3) % <float>0.1, (-v3) % <int>7, (-v3) % <float>0, (-v3) % <double>0, (-v3) % <float>-2.5)
    print('d3', (3 * g) % <float>840373.1744789167, (3 * g) % <double>840373.1744789167, (3 * g) % <float>3, (3 * g) % <float>0.1, (3 * g) % <int>7, (3 * g) % <float>0, (3 * g) % <double>0, (3 * g) % <float>-2.5)

@cython.cdivision(True)
def d4(float v3, float g):
    print('d4', (1 / v3) / <float>840373.1744789167, (1 / v3) / <double>840373.1744789167, (1 / v3) / <float>3, (1 / v3) / <float>0.1, (1 / v3) / <int>7, (1 / v3) / <float>0, (1 / v3) / <double>0, (1 / v3) / <float>-2.5)
    print('d4', (v3 * 2) / <float>840373.1744789167, (v3 * 2) / <double>840373.1744789167, (v3 * 2) / <float>3, (v3 * 2) / <float>0.1, (v3 * 2) / <int>7, (v3 * 2) / <float>0, (v3 * 2) / <double>0, (v3 * 2) / <float>-2.5)
    print('d4', (2 - v3) / <float>840373.1744789167, (2 - v3) / <double>840373.1744789167, (2 - v3) / <float>3, (2 - v3) / <float>0.1, (2 - v3) / <int>7, (2 - v3) / <float>0, (2 - v3) / <double>0, (2 - v3) / <float>-2.5)
    print('d4', (v3 + 1) / <float>840373.1744789167, (v3 + 1) / <double>840373.1744789167, (v3 + 1) / <float>3, (v3 + 1) / <float>0.1, (v3 + 1) / <int>7, (v3 + 1) / <float>0, (v3 + 1) / <double>0, (v3 + 1) / <float>-2.5)
    print('d4', (g / v3) / <float>840373.1744789167, (g / v3) / <double>840373.1744789167, (g / v3) / <float>3, (g / v3) / <float>0.1, (g / v3) / <int>7, (g / v3) / <float>0, (g / v3) / <double>0, (g / v3) / <float>-2.5)
    print('d4', (v3) / <float>840373.1744789167, (v3) / <double>840373.1744789167, (v3) / <float>3, (v3) / <float>0.1, (v3) / <int>7, (v3) / <float>0, (v3) / <double>0, (v3) / <float>-2.5)
    print('d4', (-v3) / <float>840373.1744789167, (-v3) / <double>840373.1744789167, (-v3) / <float>3, (-v3) / <float>0.1, (-v3) / <int>7, (-v3) / <float>0, (-v3) / <double>0, (-v3) / <float>-2.5)
    print('d4', (3 * g) / <float>840373.1744789167, (3 * g) / <double>840373.1744789167, (3 * g) / <float>3, (3 * g) / <float>0.1, (3 * g) / <int>7, (3 * g) / <float>0, (3 * g) / <double>0, (3 * g) / <float>-2.5)

@cython.cdivision(True)
def d5(float v3, float g):
    print('d5', (1 / v3) // <float>840373.1744789167, (1 / v3) // <double>840373.1744789167, (1 / v3) // <float>3, (1 / v3) // <float>0.1, (1 / v3) // <int>7, (1 / v3) // <float>0, (1 / v3) // <double>0, (1 / v3) // <float>-2.5)
    print('d5', (v3 * 2) // <float>840373.1744789167, (v3 * 2) // <double>840373.1744789167, (v3 * 2) // <float>3, (v3 * 2) // <float>0.1, (v3 * 2) // <int>7, (v3 * 2) // <float>0, (v3 * 2) // <double>0, (v3 * 2) // <float>-2.5)
    print('d5', (2 - v3) // <float>840373.1744789167, (2 - v3) // <double>840373.1744789167, (2 - v3) // <float>3, (2 - v3) // <float>0.1, (2 - v3) // <int>7, (2 - v3) // <float>0, (2 - v3) // <double>0, (2 - v3) // <float>-2.5)
    print('d5', (v3 + 1) // <float>840373.1744789167, (v3 + 1) // <double>840373.1744789167, (v3 + 1) // <float>3, (v3 + 1) // <float>0.1, (v3 + 1) // <int>7, (v3 + 1) // <float>0, (v3 + 1) // <double>0, (v3 + 1) // <float>-2.5)
    print('d5', (g / v3) // <float>840373.1744789167, (g / v3) // <double>840373.1744789167, (g / v3) // <float>3, (g / v3) // <float>0.1, (g / v3) // <int>7, (g / v3) // <float>0, (g / v3) // <double>0, (g / v3) // <float>-2.5)
    print('d5', (v3) // <float>840373.1744789167, (v3) // <double>840373.1744789167, (v3) // <float>3, (v3) // <float>0.1, (v3) // <int>7, (v3) // <float>0, (v3) // <double>0, (v3) // <float>-2.5)
    print('d5', (-v3) // <float>840373.1744789167, (-v3) // <double>840373.1744789167, (-v3) // <float>3, (-v3) // <float>0.1, (-v3) // <int>7, (-v3) // <float>0, (-v3) // <double>0, (-v3) // <float>-2.5)
    print('d5', (3 * g) // <float>840373.1744789167, (3 * g) // <double>840373.1744789167, (3 * g) // <float>3, (3 * g) // <float>0.1, (3 * g) // <int>7, (3 * g) // <float>0, (3 * g) // <double>0, (3 * g) // <float>-2.5)

@cython.cdivision(True)
def d6(float v3, float g):
    print('d6', (1 / v3) % <float>840373.1744789167, (1 / v3) % <double>840373.1744789167, (1 / v3) % <float>3, (1 / v3) % <float>0.1, (1 / v3) % <int>7, (1 / v3) % <float>0, (1 / v3) % <double>0, (1 / v3) % <float>-2.5)
    print('d6', (v3 * 2) % <float>840373.1744789167, (v3 * 2) % <double>840373.1744789167, (v3 * 2) % <float>3, (v3 * 2) % <float>0.1, (v3 * 2) % <int>7, (v3 * 2) % <float>0, (v3 * 2) % <double>0, (v3 * 2) % <float>-2.5)
    print('d6', (2 - v3) % <float>840373.1744789167, (2 - v3) % <double>840373.1744789167, (2 - v3) % <float>3, (2 - v3) % <float>0.1, (2 - v3) % <int>7, (2 - v3) % <float>0, (2 - v3) % <double>0, (2 - v3) % <float>-2.5)
    print('d6', (v3 + 1) % <float>840373.1744789167, (v3 + 1) % <double>840373.1744789167, (v3 + 1) % <float>3, (v3 + 1) % <float>0.1, (v3 + 1) % <int>7, (v3 + 1) % <float>0, (v3 + 1) % <double>0, (v3 + 1) % <float>-2.5)
    print('d6', (g / v3) % <float>840373.1744789167, (g / v3) % <double>840373.1744789167, (g / v3) % <float>3, (g / v3) % <float>0.1, (g / v3) % <int>7, (g / v3) % <float>0, (g / v3) % <double>0, (g / v3) % <float>-2.5)
    print('d6', (v3) % <float>840373.1744789167, (v3) % <double>840373.1744789167, (v3) % <float>3, (v3) % <float>0.1, (v3) % <int>7, (v3) % <float>0, (v3) % <double>0, (v3) % <float>-2.5)
    print('d6', (-v3) % <float>840373.1744789167, (-v3) % <double>840373.1744789167, (-v3) % <float>3, (-v3) % <float>0.1, (-v3) % <int>7, (-v3) % <float>0, (-v3) % <double>0, (-v3) % <float>-2.5)
    print('d6', (3 * g) % <float>840373.1744789167, (3 * g) % <double>840373.1744789167, (3 * g) % <float>3, (3 * g) % <float>0.1, (3 * g) % <int>7, (3 * g) % <float>0, (3 * g) % <double>0, (3 * g) % <float>-2.5)

d1(10000000000.0, 3.0)
d2(10000000000.0, 3.0)
d3(10000000000.0, 3.0)
d4(10000000000.0, 3.0)
d5(10000000000.0, 3.0)
d6(10000000000.0, 3.0)
d1(-0.75, 1e-30)
d2(-0.75, 1e-30)
d3(-0.75, 1e-30)
d4(-0.75, 1e-30)
d5(-0.75, 1e-30)
d6(-0.75, 1e-30)
d1(7.0, -2.5)
d2(7.0, -2.5)
d3(7.0, -2.5)
d4(7.0, -2.5)
d5(7.0, -2.5)
d6(7.0, -2.5)
