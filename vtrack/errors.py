"""The errors the core raises; the CLI turns them into one line on stderr and exit 1."""


class VtrackError(Exception):
    """Something wrong with the data or the request (exit status 1)."""


class FileProblems(VtrackError):
    """A file has one or more problems, each tied to a line and column."""

    def __init__(self, path, problems):
        self.path = path
        self.problems = sorted(problems)  # (line, column, message), 1-based
        super().__init__(self.lines()[0] if self.problems else str(path))

    def lines(self):
        return [f"{self.path}:{line}:{col}: {msg}" for line, col, msg in self.problems]
