# string concatenation
s = "a" + "b"
