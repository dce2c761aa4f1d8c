"""Imported once by the fork server that starts trace workers (see :mod:`.workers`).

It loads what every trace needs (the modules and the language model) before any
worker is forked, so each worker, and each replacement of a stopped one, starts with
them in memory instead of spending seconds loading them.
"""

from sourcetrace.quotes import extract
from sourcetrace.quotes.syntax import load_parser

load_parser()
extract('"We are ready," the minister said on Monday.')
