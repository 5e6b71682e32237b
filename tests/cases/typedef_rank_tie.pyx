# The Cython type of mixed integer operands prefers a typedef of the same rank
# (`schar | int32_t` is an `int32_t`): abs() of it goes through a Python int,
# and a cast of that checks the range.
from libc.stdint cimport uint8_t, int32_t
def t(int32_t v4, signed char v3, long long big):
    try:
        print(<uint8_t>abs(v3 | v4))
    except OverflowError as e:
        print('OverflowError', e)
    try:
        print(<int>abs(v4))
    except OverflowError as e:
        print('OverflowError', e)
    try:
        print(<uint8_t>(big * 4294967296))
    except OverflowError as e:
        print('OverflowError', e)
    print(<uint8_t>abs(<int32_t>5), <uint8_t>(4294967296 + 7), <short>abs(v3))
t(-0b1111111111111111111111111111111, 0x33, 3)
t(-1, 1, -1)
