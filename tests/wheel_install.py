"""Build vtrack's wheel and install it into a new virtual environment, as a user's
`pip install .` or `pipx install .` would: python tests/wheel_install.py SOURCE DEST.

Run in the background by conftest.py while the other tests run, so that the check costs the
suite little; test_wheel.py then runs every subcommand from DEST/venv.
"""
import glob
import os
import subprocess
import sys


def main(source, dest):
    os.makedirs(dest, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    # a wheel, not the source tree: what a non-editable install ships and nothing more
    subprocess.run([*pip, "wheel", "--no-deps", "-w", os.path.join(dest, "dist"), source],
                   check=True)
    wheel = glob.glob(os.path.join(dest, "dist", "vtrack-*.whl"))[0]
    venv = os.path.join(dest, "venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    subprocess.run([*pip, "--python", os.path.join(venv, "bin", "python"), "install", wheel],
                   check=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
