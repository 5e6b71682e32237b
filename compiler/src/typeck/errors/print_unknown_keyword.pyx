# print() with an unknown keyword
print(1, sepp=",")
