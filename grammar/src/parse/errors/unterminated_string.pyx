x = 1
print("abc)
y = 2
