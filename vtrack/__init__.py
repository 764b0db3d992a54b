"""vtrack: follow up the tasks of policy implementation plans."""
__version__ = "0.1.0"
