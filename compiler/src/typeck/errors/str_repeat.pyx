# a string repeated
print("ab" * 3)
