# int() of a string
print(int("12"))
