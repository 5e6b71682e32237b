# calls a def function inside `with nogil:`
def g():
    return 0
with nogil:
    g()
