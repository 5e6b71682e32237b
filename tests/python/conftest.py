import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

# counts gathered by the tests, printed at the end of the session
TALLY = {"modules": 0, "inputs": 0, "calls": 0, "differences": 0, "cython_crashes": 0,
         "hypothesis_calls": 0}


def pytest_terminal_summary(terminalreporter):
    if TALLY["modules"] or TALLY["hypothesis_calls"]:
        terminalreporter.write_line(
            "pydiff: {modules} modules, {inputs} generated inputs, {calls} calls "
            "(+{hypothesis_calls} hypothesis calls), {differences} differences from Cython, "
            "{cython_crashes} inputs that crash Cython itself (skipped)".format(**TALLY))
