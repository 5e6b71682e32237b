x = 1
a = b = 2
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1
if x > 1:
    pass
elif x < 0:
    x = 0
elif x == 0:
    pass
else:
    x = 1
while x:
    x -= 1
    if x == 5:
        break
    continue
else:
    pass
for i in range(10):
    pass
else:
    pass
for i in range(0, 10, 2): print(i)
if x: print("one-liner")
else: print("other")
while False: pass
return
return x
raise
raise ValueError("bad")
raise IndexError
assert x
assert x > 0, "x must be positive"
global g, h
nonlocal q
del x
print(x)
