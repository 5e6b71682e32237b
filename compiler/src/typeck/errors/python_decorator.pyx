# a Python decorator (staticmethod)
@staticmethod
def f():
    return 0
