# f-strings: text, fields, conversions, specs, `=`, braces, implicit concatenation
a = f"x={x}"
b = f"{x!r:>10} {y:.3f}|{{literal}}"
c = f'{x = }' "plain" f"{v[i, j]:08.3f}"
d = f"""{a + b} and {f(x, 'q')}"""
e = rf"\d{x}\n"
g = f"{x:{w}}"
h = f"{'a' if c else 'b'}{x!s}{y=:>5}"
