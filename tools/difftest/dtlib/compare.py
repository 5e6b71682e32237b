"""Splitting a module's output by test function and comparing outputs."""

import re

MARK = re.compile(r'^== t (\d+)$')


def split_by_test(stdout):
    """{test name: [lines]}: the runner prints `== t K` before test K;
    '_pre' holds lines before any test, '_final' the lines from the
    "final" line on (the uncaught error at the end)."""
    out = {}
    cur = '_pre'
    lines = stdout.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    for ln in lines:
        m = MARK.match(ln)
        if m:
            cur = 't' + m.group(1)
        elif ln == 'final':
            cur = '_final'
        out.setdefault(cur, []).append(ln)
    return out


def first_diff(a_lines, b_lines):
    for i in range(max(len(a_lines), len(b_lines))):
        x = a_lines[i] if i < len(a_lines) else '<end of output>'
        y = b_lines[i] if i < len(b_lines) else '<end of output>'
        if x != y:
            return i, x, y
    return None


def differing_tests(ref, got, names):
    """Tests (in names) whose lines differ between two outputs."""
    a = split_by_test(ref)
    b = split_by_test(got)
    out = []
    for n in names:
        la, lb = a.get(n, []), b.get(n, [])
        if la != lb:
            out.append((n, first_diff(la, lb)))
    return out


def lines_for(stdout, names):
    parts = split_by_test(stdout)
    res = []
    for n in names:
        res.extend(parts.get(n, []))
    return res
