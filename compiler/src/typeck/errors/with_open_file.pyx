# a `with` statement on a Python object (open)
with open("f") as fh:
    pass
