# Literal expressions folded by Cython: huge intermediate values whose
# result is small, and powers beyond 64 bits as Python ints.
# Inspired by Cython's tests/run/int_literals.pyx (py_huge_computation_*).
def small():
    return (1 << 200) >> 199

def neg_powers():
    print(-(2 ** 101), (-2) ** 101)

print(small())
neg_powers()
