# break/continue/return in finally discard the pending exception; raise in else.
def f(int n):
    cdef int i
    for i in range(n):
        try:
            if i == 1:
                raise ValueError("lost")
            print("body", i)
        finally:
            if i == 1:
                continue
        print("after", i)
    for i in range(n):
        try:
            raise IndexError("lost too")
        finally:
            break
    print("i", i)
    try:
        raise TypeError("x")
    finally:
        return -5
def g(int k):
    try:
        print("try", k)
    except ValueError:
        print("never")
    else:
        if k:
            raise ValueError("from else")
        return 1
    finally:
        print("g finally")
    return 2
print(f(3))
print(g(0))
try:
    g(1)
except ValueError as e:
    print("caught", e)
