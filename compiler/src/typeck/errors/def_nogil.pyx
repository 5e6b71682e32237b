# a def function declared `nogil`
def f() nogil:
    pass
