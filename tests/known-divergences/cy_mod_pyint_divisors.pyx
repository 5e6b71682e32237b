# % with a literal divisor on typed ints and on Python ints (exact, any
# size): remainders take the divisor's sign; a negative literal divisor;
# a literal dividend with a variable divisor. Inspired by Cython's
# tests/run/modop.pyx.
def mod_int_17(int x):
    return x % 17

def mod_m2(long x):
    return x % -2

def ten_mod(int x):
    try:
        return 10 % x
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
        return -99

print(mod_int_17(0), mod_int_17(-1), mod_int_17(16), mod_int_17(-17), mod_int_17(-18), mod_int_17(10002), mod_int_17(-2 ** 25))
print(mod_m2(0), mod_m2(1), mod_m2(9), mod_m2(-9), mod_m2(-9223372036854775807 - 1))
print(ten_mod(1), ten_mod(3), ten_mod(-1), ten_mod(-10), ten_mod(-3), ten_mod(0))
big = 2 ** 200
print(big % 10, (-big) % 10, big % 17, (-big) % 17, (-2 ** 63 - 1) % 10)
