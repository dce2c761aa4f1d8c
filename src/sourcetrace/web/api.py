"""The JSON API under ``/api``: trace, quotations, documents, health.

Results use the same JSON as the command line (``trace --json``, ``quotes --json``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from sourcetrace.documents import Document
from sourcetrace.errors import DocumentNotFoundError
from sourcetrace.web import service
from sourcetrace.web.security import check_token
from sourcetrace.web.state import index_of, pool_of

router = APIRouter(prefix="/api", tags=["api"])

MAX_OFFSET = 1_000_000_000
"""The largest ``offset`` accepted when listing documents."""


class ArticleIn(BaseModel):
    """A story to trace or to check the quotations of."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The story's text.")
    id: str | None = Field(None, description="Its id; it never matches a document of that id.")
    title: str | None = Field(None, description="Its title.")
    date: str | None = Field(
        None, description="Its date (ISO 8601); documents dated later are never its sources."
    )


class DocumentIn(BaseModel):
    """A document to add: the fields of an ingest JSON Lines record."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(description="Unique id; an id already indexed is replaced.")
    text: str = Field(description="The full text.")
    title: str | None = None
    date: str | None = Field(None, description="ISO 8601, e.g. 2023-08-09.")
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    kind: str | None = Field(None, description="'source' or 'article'.")


_DOCUMENT_SCHEMA = DocumentIn.model_json_schema()
_DOCUMENTS_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "anyOf": [_DOCUMENT_SCHEMA, {"type": "array", "items": _DOCUMENT_SCHEMA}]
                }
            }
        },
    }
}


_ARTICLE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": ArticleIn.model_json_schema()}},
    }
}


async def _article(request: Request) -> service.Article:
    """Read and check the story in a JSON body, within the server's length limit.

    The body is decoded here rather than by FastAPI so that every malformed value (a
    number too long to convert, a lone surrogate) gets 422 naming its field.
    """
    kind = request.headers.get("content-type")
    if kind is not None and "json" not in kind.lower():
        raise RequestValidationError(
            [{"loc": ("body",), "msg": "not JSON", "type": "model_attributes_type"}]
        )
    body = await run_in_threadpool(service.parse_json, await request.body())
    try:
        article = ArticleIn.model_validate(body)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    service.check_length(service.Article(article.text), request.app.state.policy.max_text)
    return await run_in_threadpool(
        service.check_article, article.text, id=article.id, title=article.title, date=article.date
    )


@router.post("/trace", summary="Trace a story to its sources", openapi_extra=_ARTICLE_BODY)
async def trace(request: Request) -> dict[str, Any]:
    """Find the indexed documents a story reuses, and check its quotations.

    Takes ``{"text": ..., "id": ..., "title": ..., "date": ...}`` (only ``text`` is
    required). Returns the JSON of ``sourcetrace trace --json``: the article, its sources
    with coverage, verdict and passages (character offsets into both texts), and its
    quotations and reported claims with their verdicts. Texts over the server's limit
    get 413; a trace that runs past the server's deadline is stopped and gets 503.
    """
    result = await pool_of(request).run("trace", await _article(request))
    return service.result_json(result)


@router.post("/quotes", summary="Check a story's quotations", openapi_extra=_ARTICLE_BODY)
async def quotes(request: Request) -> dict[str, Any]:
    """Find a story's quotations and reported claims, with speakers and verdicts.

    Takes the same body as ``/api/trace``. Returns the JSON of ``sourcetrace quotes
    --json``: ``article``, ``quotes`` (text, offsets, speaker, cue, verdict, source span,
    similarity, word edits) and ``reported``.
    """
    result = await pool_of(request).run("trace", await _article(request))
    return service.quotes_json(result)


@router.post(
    "/documents",
    status_code=201,
    summary="Add documents (one object or a list)",
    openapi_extra=_DOCUMENTS_BODY,
)
async def add_documents(request: Request) -> dict[str, Any]:
    """Add or replace one document, or a list of them, all or none.

    Needs the bearer token when the server has one.
    """
    check_token(request, request.app.state.token)
    body = await request.body()
    # Decoding and checking a batch of documents takes a while: off the event loop.
    docs = await run_in_threadpool(_documents, body)
    added = await run_in_threadpool(service.add, index_of(request), docs)
    return {"added": added, "ids": [d.id for d in docs]}


def _documents(body: bytes) -> list[Document]:
    return service.documents_from_json(service.parse_json(body))


@router.get("/documents", summary="List or search documents")
def list_documents(
    request: Request,
    q: Annotated[str, Query(max_length=1000, description="Words, id, title or publisher.")] = "",
    limit: Annotated[int, Query(ge=1, le=100, description="Page size.")] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Matches to skip.")] = 0,
) -> dict[str, Any]:
    """Return one page of matching documents (without their texts) and the total."""
    return service.search(index_of(request), q, limit=limit, offset=offset).to_dict()


@router.get("/documents/{doc_id:path}", summary="Get one document")
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    """Return one document with its text, in the ingest JSON Lines schema."""
    return index_of(request).get(doc_id).to_dict()


@router.delete("/documents/{doc_id:path}", summary="Delete one document")
def delete_document(request: Request, doc_id: str) -> dict[str, Any]:
    """Delete one document. Needs the bearer token when the server has one."""
    check_token(request, request.app.state.token)
    if not index_of(request).delete(doc_id):
        raise DocumentNotFoundError(doc_id)
    return {"deleted": doc_id}


@router.head("/health", include_in_schema=False)
@router.get("/health", summary="Is the server up, and how big is its index")
async def health(request: Request) -> dict[str, Any]:
    """Return ``{"status": "ok", "documents": N, "version": ...}``.

    Answered on the event loop itself (the count is cached until the index changes), so
    it needs no thread and answers while every thread and worker is busy.
    """
    from sourcetrace import __version__

    return {"status": "ok", "documents": len(index_of(request)), "version": __version__}
