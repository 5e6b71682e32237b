# Powers of two beyond 64 bits as Python ints, negated and with a negative
# base. Inspired by Cython's tests/run/int_literals.pyx
# (py_huge_computation_small_result_neg).
def neg_powers():
    print(-(2 ** 101), (-2) ** 101, 2 ** 64, -(2 ** 63))
    return 2 ** 100 // 2 ** 98

print(neg_powers())
