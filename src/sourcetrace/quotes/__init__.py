"""Quotations and reported claims: extraction, attribution and verification."""

from sourcetrace.quotes.extract import extract_quotes
from sourcetrace.quotes.model import Edit, Quote, Reported, SourceSpan, Speaker

__all__ = ["Edit", "Quote", "Reported", "SourceSpan", "Speaker", "extract_quotes"]
