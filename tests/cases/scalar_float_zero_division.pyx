# ZeroDivisionError texts for true division, floor division and modulo on doubles and ints.
def main():
    cdef double a = 1.5, z = 0.0
    cdef int i = 7, zero = 0
    try:
        print(a / z)
    except ZeroDivisionError as e:
        print("a / z:", e)
    try:
        print(a // z)
    except ZeroDivisionError as e:
        print("a // z:", e)
    try:
        print(a % z)
    except ZeroDivisionError as e:
        print("a % z:", e)
    try:
        print(i / zero)
    except ZeroDivisionError as e:
        print("i / zero:", e)
    try:
        print(i % zero)
    except ZeroDivisionError as e:
        print("i % zero:", e)
    print(i / 2, -i // 2, -i % 2, a // 0.5, -a % 1.0)

main()
