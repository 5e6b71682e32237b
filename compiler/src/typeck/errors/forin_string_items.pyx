# a tuple of strings
for s in ("a", "b"):
    print(s)
