# Python int 0 ** negative raises ZeroDivisionError.
x = 0
print(x ** -1)
