# Operations whose two sides are made only of literals (a literal beside a
# conditional of literals): the Rust backend pins their type, which would
# otherwise default to i32 (`1000 == (0x100000000 if b else -0)`).
def f(bint b, bint c):
    print(1000 == (0x100000000 if b else -0), 4294967296 == (0x100000000 if b else -0))
    print((0x100000000 if b else 1) + (2 if c else 3), (5 if b else 7) * (0x7fffffff if c else 2))
    print(3000000000 < (4000000000 if c else 1), (0x7fffffff if b else 0) - (-0x7fffffff if c else 5))
    print((2 if b else 3) == (2 if c else 3), -1 < (0xffffffff if b else 0))
for b in (False, True):
    for c in (False, True):
        f(b, c)
