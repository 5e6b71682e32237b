# untyped loop variable over an empty tuple
for x in ():
    print(x)
