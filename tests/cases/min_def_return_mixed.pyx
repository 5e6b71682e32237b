# A def function returning an int in one branch and a double in another returns Python objects.
def f(int x):
    if x:
        return 1
    return 0.5
print(f(1), f(0))
