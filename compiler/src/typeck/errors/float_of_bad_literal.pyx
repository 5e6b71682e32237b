# float() of text that is no number
print(float("abc"))
