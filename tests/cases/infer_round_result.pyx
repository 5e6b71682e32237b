# `round(d)` of a double with one argument is a Python int in Cython, and an
# untyped local assigned it is a Python object holding that int (prints 2).
# cytrus prints `round(d)` itself as 2 but infers the local as a double
# (prints 2.0): compiler/src/typeck/stmt.rs `inferred_type` takes the
# value's C type.
def f(double d):
    y = round(d)
    print(y, round(d))
    z = round(-d)
    print(z)

f(2.5)
f(3.5)
