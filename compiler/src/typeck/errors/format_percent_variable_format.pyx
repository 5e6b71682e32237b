# %-formatting with a format held in a variable
def f(int n):
    fmt = "%d items"
    print(fmt % n)
