# Floor division and modulo of doubles with mixed signs, fmod-like
# results, true division by infinities, and zero divisors for inf and nan
# numerators. Inspired by Cython's tests/run/float_floor_division_T260.pyx,
# tests/run/fmod.pyx and tests/run/float_division.pyx.
from libc.math cimport INFINITY, NAN

def fdiv(double a, double b):
    return a // b

def fmod_(double a, double b):
    return a % b

def div_by_zero(double x):
    try:
        return x / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
        return -1.0

print(fdiv(2, 1.5), fdiv(2, -1.5), fdiv(-2.3, 1.5), fdiv(1e10, 1e-10) == 1e20, fdiv(-0.5, 1))
print(fmod_(7, 1.25), fmod_(-7, 1.25), fmod_(7, -1.25), fmod_(0, -2.0), fmod_(1, -2.0), fmod_(9, -2.0))
print(1.0 / INFINITY, 1.0 / -INFINITY, INFINITY / 2.0, -INFINITY / -2.0, NAN / 2.0)
print(-2.0 ** 14 / -2.0, -2.0 ** 52 / -2.0, (-2.0 ** 53 - 1) / -2.0)
print(div_by_zero(0), div_by_zero(1.0), div_by_zero(INFINITY), div_by_zero(NAN))
