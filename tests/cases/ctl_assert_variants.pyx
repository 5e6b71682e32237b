# assert with and without message, inside loops and functions, caught.
cdef int check(int x) except -1:
    assert x >= 0
    assert x < 10, "too big"
    return x
def main():
    cdef int i
    cdef int vals[4]
    vals[0] = 3; vals[1] = -1; vals[2] = 12; vals[3] = 9
    for i in range(4):
        try:
            print("ok", check(vals[i]))
        except AssertionError as e:
            print("assert failed:", e, "|")
    try:
        assert 1 == 2, "math"
    except AssertionError as e:
        print(e)
    cdef double d = 0.5
    assert d < 1.0, "fine"
    print("done")
main()
