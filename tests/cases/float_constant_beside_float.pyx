# Float `%` and `//` with a constant beside a `float` under cdivision:
# Cython calls fmodf/floorf, so the constant takes a float's value
# (-2147483647 is -2147483648.0f there).
cimport cython

@cython.cdivision(True)
def run_True(float f, double d):
    print(0, -2147483647 % f, f % -2147483647, -2147483647 // f, f // -2147483647, -2147483647 % <float>d, -(-2147483647 % <float>d))
    print(1, 16777217 % f, f % 16777217, 16777217 // f, f // 16777217, 16777217 % <float>d, -(16777217 % <float>d))
    print(2, 0.1 % f, f % 0.1, 0.1 // f, f // 0.1, 0.1 % <float>d, -(0.1 % <float>d))
    print(3, -1e10 % f, f % -1e10, -1e10 // f, f // -1e10, -1e10 % <float>d, -(-1e10 % <float>d))
    print(4, 2147483647 % f, f % 2147483647, 2147483647 // f, f // 2147483647, 2147483647 % <float>d, -(2147483647 % <float>d))
    print(5, 3 % f, f % 3, 3 // f, f // 3, 3 % <float>d, -(3 % <float>d))
    print(6, 1.0000001 % f, f % 1.0000001, 1.0000001 // f, f // 1.0000001, 1.0000001 % <float>d, -(1.0000001 % <float>d))
    print(7, -0.3 % f, f % -0.3, -0.3 // f, f // -0.3, -0.3 % <float>d, -(-0.3 % <float>d))

@cython.cdivision(False)
def run_False(float f, double d):
    print(0, -2147483647 % f, f % -2147483647, -2147483647 // f, f // -2147483647, -2147483647 % <float>d, -(-2147483647 % <float>d))
    print(1, 16777217 % f, f % 16777217, 16777217 // f, f // 16777217, 16777217 % <float>d, -(16777217 % <float>d))
    print(2, 0.1 % f, f % 0.1, 0.1 // f, f // 0.1, 0.1 % <float>d, -(0.1 % <float>d))
    print(3, -1e10 % f, f % -1e10, -1e10 // f, f // -1e10, -1e10 % <float>d, -(-1e10 % <float>d))
    print(4, 2147483647 % f, f % 2147483647, 2147483647 // f, f // 2147483647, 2147483647 % <float>d, -(2147483647 % <float>d))
    print(5, 3 % f, f % 3, 3 // f, f // 3, 3 % <float>d, -(3 % <float>d))
    print(6, 1.0000001 % f, f % 1.0000001, 1.0000001 // f, f // 1.0000001, 1.0000001 % <float>d, -(1.0000001 % <float>d))
    print(7, -0.3 % f, f % -0.3, -0.3 // f, f // -0.3, -0.3 % <float>d, -(-0.3 % <float>d))

run_True(2.125, 2.125)
run_False(2.125, 2.125)
run_True(-0.7, 3.3)
run_False(-0.7, 3.3)
run_True(1e-3, -7.5)
run_False(1e-3, -7.5)
