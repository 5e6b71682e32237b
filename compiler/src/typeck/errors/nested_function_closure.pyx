# a def function nested inside another (a closure)
def outer(int n):
    def inner():
        return n
    return inner()
