# Division and modulo of the most negative values of narrow types, and unsigned by negative.
def main():
    cdef short s = -32768
    cdef signed char c = -128
    cdef short m1 = -1
    print(s // m1, s % m1, c // -1, c % -1)
    cdef short q = s // m1
    print(q)
    cdef long long ll = -9223372036854775807 - 1
    cdef long long mm = -1
    try:
        print(ll // mm)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        print(ll % mm)
    except OverflowError as e:
        print("OverflowError", e)
    cdef unsigned int u = 10
    cdef int neg = -3
    print(u // neg, u % neg, u / neg)
    cdef unsigned long ul = 10
    print(ul // 3, ul % 3, ul * neg)
main()
