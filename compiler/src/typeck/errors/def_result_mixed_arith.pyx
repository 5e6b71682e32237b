# arithmetic on a def result that is an int or a float depending on the return
def half(int x):
    if x:
        return 1
    return 0.5
print(half(1) + 1)
