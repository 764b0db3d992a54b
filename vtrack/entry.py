"""The `vtrack` command: `vtrack --version` answers before the command line's modules load
(click and the commands cost half the start-up); everything else goes to vtrack.cli."""
import sys


def main():
    if sys.argv[1:] == ["--version"]:
        from . import __version__
        print(f"vtrack, version {__version__}")
        return
    from .cli import main as run
    run()
