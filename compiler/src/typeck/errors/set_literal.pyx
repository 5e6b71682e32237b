# a Python set literal
s = {1, 2}
