x = foo(1,
      2
def g():
    pass
