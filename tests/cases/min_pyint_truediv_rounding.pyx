# Python int / Python int is correctly rounded in Cython (exact quotient), not convert-then-divide.
a = 2 ** 54 + 3
b = 2 ** 54 + 1
print(a / b)
