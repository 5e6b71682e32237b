# Uncaught ValueError: a range() step of zero given at run time.
def main(int step):
    cdef int i
    for i in range(0, 10, 3):
        print(i)
    for i in range(0, 10, step):
        print(i)

main(0)
