# bint + bint is an int, bint & bint stays a bint; short + short is done in
# int precision; unary ops on short and long long. Inspired by Cython's
# tests/run/arithmetic_analyse_types.pyx.
def bint_ops(bint a, bint b):
    print(a + a, a + b, a - b, a * 3, a & b, a | b, a ^ b, a & a)

def short_ops(short v):
    print(v + v, v - (-v), v * v, -v, v & v, ~v)

def ll_ops(long long v):
    print(v * v, ~v, -v)

bint_ops(True, False)
bint_ops(True, True)
bint_ops(False, False)
short_ops(3)
short_ops(30000)
short_ops(-32768)
ll_ops(3)
ll_ops(3037000500)
