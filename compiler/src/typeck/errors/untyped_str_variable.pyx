# an untyped variable holding a string
s = "abc"
