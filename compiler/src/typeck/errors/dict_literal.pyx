# a Python dict literal
d = {"a": 1}
