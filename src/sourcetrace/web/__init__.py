"""The web app and HTTP API (``sourcetrace serve``); needs ``pip install 'sourcetrace[web]'``.

Example:
    >>> from sourcetrace.web import create_app  # doctest: +SKIP
    >>> app = create_app("news.db", token=None)  # doctest: +SKIP
"""

from sourcetrace.web.app import DEFAULT_MAX_BODY, create_app

__all__ = ["DEFAULT_MAX_BODY", "create_app"]
