"""Install vtrack into a new virtual environment as a user's `pip install .` or
`pipx install .` does (pip builds the wheel, then installs it and its dependencies):
python tests/wheel_install.py SOURCE DEST.

Run in the background by conftest.py while the other tests run, so that the check costs the
suite little; test_wheel.py then runs every subcommand from DEST/venv. SOURCE may be a wheel
already built (.ci/run's): it is installed as it is, with no extra.
"""
import os
import subprocess
import sys


def main(source, dest):
    os.makedirs(dest, exist_ok=True)
    venv = os.path.join(dest, "venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    # not editable: the wheel holds what the package list ships and nothing more
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q",
                    "--python", os.path.join(venv, "bin", "python"), "install", source],
                   check=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
