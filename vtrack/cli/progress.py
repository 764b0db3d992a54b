"""A progress bar on stderr for work that turns out to take more than a second, and only on
a terminal: cron and pipes get nothing."""
import sys
import time

DELAY = 1.0


class Progress:
    def __init__(self, label, total):
        self.label = label
        self.total = total
        self.started = time.monotonic()
        self.bar = None
        self.done = 0

    def update(self, done):
        done = min(done, self.total)
        if self.bar is None:
            if time.monotonic() - self.started < DELAY or not sys.stderr.isatty():
                self.done = done
                return
            import click
            self.bar = click.progressbar(length=self.total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
            self.bar.update(self.done)
        self.bar.update(done - self.done)
        self.done = done

    def close(self):
        if self.bar is not None:
            self.bar.update(self.total - self.done)
            self.bar.__exit__(None, None, None)
            self.bar = None
