# a lambda
f = lambda x: x + 1
