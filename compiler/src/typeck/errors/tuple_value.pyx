# a tuple used as a value
t = (1, 2)
