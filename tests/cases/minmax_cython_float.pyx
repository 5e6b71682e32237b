# min()/max() hold each argument in its Cython type: `10 - f` with a `float f`
# is a float for Cython (C computes it in double only for the literal).
def t114(float v1, float v3, double d, int i):
    print("a", max(v1, 10 - v1) - (~1 + (sizeof(bint) + v3)), min(v1, 10 - v1), max(10 - v1, v1), max(v1, 10 - v1, d), min(2 * v1, i), max(v1 + 1, v3 * 3) * 3.0, min(v1 * 0.5, v3))
t114(0.20000000298023224, 0.30000001192092896, 9.8, 3)
t114(-7.1, 1.0e-8, -1.0, -20)
