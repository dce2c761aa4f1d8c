"""Allow ``python -m sourcetrace``."""

from sourcetrace.cli import main

if __name__ == "__main__":
    main()
