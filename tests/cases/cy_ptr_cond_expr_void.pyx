# A conditional expression choosing between addresses of different types
# has type void*; cast back and read. Inspired by Cython's
# tests/run/pointers.pyx (cond_expr_voidptr).
def choose(int x, long y, bint first):
    result = &x if first else &y
    return (<int*>result)[0]

print(choose(0, -1, True), choose(-1, 0, True), choose(7, 9, False) == 9)
