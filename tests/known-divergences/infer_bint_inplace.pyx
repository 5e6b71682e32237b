# Cython's inference counts an in-place assignment `x += 1` as assigning
# `x + 1` (a C long for a bint x): the spanning type of a bint and a long is
# a Python object, so x holds True, then the Python int 2. cytrus keeps x a
# bint (True). Matching it needs a value that is a Python bool or int.
def main():
    cdef bint v = True
    x = v
    x += 1
    print(x)
    y = v
    y = y + 1
    print(y)

main()
