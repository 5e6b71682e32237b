# a method call on a string
print("abc".upper())
