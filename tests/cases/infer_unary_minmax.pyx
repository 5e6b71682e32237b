# An untyped local takes Cython's inferred type: a unary `-`/`~` keeps its
# operand's type before C's promotion, and min()/max() of C integers is their
# spanning type, unpromoted (`u = ~min(us, us)` of an `unsigned short` is
# one: it stores 0 for 65535).
def run(unsigned short v1, unsigned char c, short s, unsigned int w):
    u3 = ~min(v1, v1)
    print(u3)
    u4 = ~v1
    print(u4)
    u5 = -min(v1, c)
    print(u5)
    u6 = ~max(c, c)
    print(u6)
    u7 = ~(v1 if s else c)
    print(u7)
    u8 = -max(s, s)
    print(u8)
    u9 = ~min(v1, 3)
    print(u9)
    u10 = -max(c, v1, c)
    print(u10)
    u11 = ~min(w, v1)
    print(u11)
    u12 = -min(s, c)
    print(u12)
    print(~min(v1, v1), -max(c, c))
run(65535, 200, -3, 7)
run(1, 0, 5, 4294967295)
