"""The command line: `python main.py COMMAND`, a thin shell over the workspace."""
