# return/break/continue inside try/finally; finally overriding return.
cdef int f1(int x) except -1:
    try:
        if x > 0:
            return x
        raise ValueError("neg")
    finally:
        print("f1 finally", x)
def f2(int x):
    try:
        return x * 2
    finally:
        if x == 3:
            return -1
def f3():
    cdef int i, s = 0
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            s += i
        finally:
            print("fin", i, s)
    return s
def main():
    print(f1(2))
    try:
        f1(-1)
    except ValueError as e:
        print("caught", e)
    print(f2(2), f2(3))
    print(f3())
main()
