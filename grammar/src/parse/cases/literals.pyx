cdef long a = 0x7F + 0o777 + 0b1011_0110 + 1_000_000
cdef double d = 1.5 + .25 + 5. + 1e3 + 2.5E-3 + 1_000.000_1
print('single', "double", """triple
quoted""", '''another''')
print("escapes: tab[\t] quote[\"] backslash[\\] hex[\x41]")
print(r"raw \n stays")
cdef unsigned long long big = 0xFFFF_FFFF_FFFF_FFFF
cdef long long lim = 9_223_372_036_854_775_807
