# break/continue in nested loops with try/finally at several levels.
def main():
    cdef int i, j, total = 0
    for i in range(4):
        try:
            j = 0
            while j < 4:
                j += 1
                try:
                    if j == 2:
                        continue
                    if i == j:
                        break
                    total += i * j
                finally:
                    total += 1
            else:
                print("inner done", i)
            if i == 2:
                break
        finally:
            print("outer fin", i, j, total)
    else:
        print("never")
    print(total)
main()
