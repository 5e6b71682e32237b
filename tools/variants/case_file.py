"""Writes a generated case into tests/cases/ (shared by the generators here)."""
import os


def write_case(name, lines):
    """Writes `lines` as tests/cases/NAME.pyx, one per line."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "tests", "cases", f"{name}.pyx")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
