"""The web app and HTTP API (``sourcetrace serve``); needs ``pip install 'sourcetrace[web]'``.

Example:
    >>> from sourcetrace.web import create_app  # doctest: +SKIP
    >>> app = create_app("news.db", token=None)  # doctest: +SKIP
    >>> app = create_app("news.db", policy=WorkPolicy(deadline=5))  # doctest: +SKIP
"""

from sourcetrace.web.app import DEFAULT_MAX_BODY, create_app
from sourcetrace.web.security import allowed_hosts
from sourcetrace.web.workers import WorkPolicy

__all__ = ["DEFAULT_MAX_BODY", "WorkPolicy", "allowed_hosts", "create_app"]
