"""`python main.py` opens KAM Assess; `python main.py COMMAND ...` runs its command line."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
