# OverflowError texts when a value does not fit the C type it is converted to.
def to_int(int x):
    return x

def to_uint(unsigned int x):
    return x

def to_long(long x):
    return x

def main():
    big = 2 ** 40
    huge = 2 ** 70
    try:
        to_int(big)
    except OverflowError as e:
        print("int:", e)
    try:
        to_uint(-1)
    except OverflowError as e:
        print("unsigned int:", e)
    try:
        to_long(huge)
    except OverflowError as e:
        print("long:", e)
    cdef long ok = big
    print(ok, big * 1024, huge // 3, -huge % 7)
    cdef int small = -2147483647 - 1
    try:
        print(small // -1)
    except OverflowError as e:
        print("division:", e)

main()
