"""The HTML pages: trace a story, see its sources and quotations, browse the index."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from sourcetrace.documents import KINDS, Document
from sourcetrace.errors import DocumentNotFoundError
from sourcetrace.report.claims import claims_view
from sourcetrace.report.html import panes, quote_diff
from sourcetrace.report.segments import paragraphs, segments
from sourcetrace.results import TraceResult
from sourcetrace.web import service
from sourcetrace.web.render import render
from sourcetrace.web.security import check_token
from sourcetrace.web.state import index_of, pool_of

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 25
"""Documents per page on ``/documents``."""


def _page(name: str, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(render(name, request, **context), status_code=status)


async def _form(request: Request) -> FormData:
    """Read a posted form, letting text fields be as large as the body limit."""
    limit = request.app.state.max_body
    return await request.form(max_files=100, max_fields=100, max_part_size=limit)


def _field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _files(form: FormData, name: str) -> list[UploadFile]:
    return [f for f in form.getlist(name) if isinstance(f, UploadFile) and f.filename]


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """The home page: paste a story or upload a file to trace."""
    return _page("home.html.j2", request, form={}, count=len(index_of(request)))


@router.post("/trace", response_class=HTMLResponse)
async def trace_form(request: Request) -> HTMLResponse:
    """Trace a pasted or uploaded story and show the result."""
    form = await _form(request)
    fields = {k: _field(form, k) for k in ("text", "id", "title", "date")}
    try:
        uploads = _files(form, "file")
        if uploads:
            article = await pool_of(request).run(
                "read_article",
                await uploads[0].read(),
                uploads[0].filename or "",
                what="reading the file",
            )
            service.check_length(article, request.app.state.policy.max_text)
            if fields["date"].strip():
                article = await run_in_threadpool(
                    service.check_article, article.text, title=article.title, date=fields["date"]
                )
        else:
            service.check_length(service.Article(fields["text"]), request.app.state.policy.max_text)
            article = await run_in_threadpool(
                service.check_article,
                fields["text"],
                id=fields["id"],
                title=fields["title"],
                date=fields["date"],
            )
    except service.RequestError as exc:
        context = {"form": fields, "error": str(exc), "problems": exc.problems}
        count = await run_in_threadpool(len, index_of(request))
        return _page("home.html.j2", request, status=exc.status, count=count, **context)
    result = await pool_of(request).run("trace", article)
    return await _result_page(request, result, title=article.title or article.id or "Your story")


@router.get("/trace", response_class=HTMLResponse)
async def trace_stored(request: Request, id: str) -> HTMLResponse:
    """Trace a document already in the index (it never matches itself)."""
    doc, result = await pool_of(request).run("trace_stored", id)
    return await _result_page(request, result, title=doc.title or doc.id, document=doc)


async def _result_page(
    request: Request, result: TraceResult, *, title: str, document: Document | None = None
) -> HTMLResponse:
    sources = await run_in_threadpool(service.sources_of, index_of(request), result)

    def build() -> HTMLResponse:  # off the event loop: a long story makes a long page
        data = service.result_json(result)
        for q in data["quotes"]:
            if q.get("edits"):
                q["diff"] = quote_diff(result.article_text, q)
        return _page(
            "result.html.j2",
            request,
            title=title,
            document=document,
            result=result,
            panes=panes(result, sources),
            quotes=data["quotes"],
            reported=data["reported"],
            claims=claims_view(data),
            claims_summary=data.get("claims_summary"),
            article_plain=paragraphs(segments(result.article_text, [])),
        )

    return await run_in_threadpool(build)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, q: str = "", page: int = 1) -> HTMLResponse:
    """Browse and search the index, and add documents."""
    page = min(max(1, page), 10_000_000)
    found = service.search(
        index_of(request), q[:1000], limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    pages = max(1, -(-found.total // PAGE_SIZE))
    return _page(
        "documents.html.j2",
        request,
        found=found,
        page=page,
        pages=pages,
        words={d.id: len(d.text.split()) for d in found.documents},
        kinds=KINDS,
        form={},
        added=request.query_params.get("added"),
        deleted=request.query_params.get("deleted"),
    )


@router.post("/documents", response_class=HTMLResponse)
async def add_form(request: Request) -> Response:
    """Add sources from the form: uploaded files, or a pasted text with its fields."""
    form = await _form(request)
    check_token(request, request.app.state.token, supplied=_field(form, "token"))
    fields = {
        k: _field(form, k) for k in ("id", "title", "date", "publisher", "url", "kind", "text")
    }
    try:
        docs: list[Document] = []
        uploads = _files(form, "file")
        for upload in uploads:
            single = fields["id"].strip() if len(uploads) == 1 else None
            docs += await pool_of(request).run(
                "read_documents",
                await upload.read(),
                upload.filename or "",
                single,
                what="reading the file",
            )
        if not uploads:
            record = {k: v.strip() for k, v in fields.items() if k != "text" and v.strip()}
            record["text"] = fields["text"]
            if "id" not in record:
                raise service.RequestError("give the document an id")
            docs = await run_in_threadpool(service.documents_from_json, record)
    except service.RequestError as exc:
        found = service.search(index_of(request), "", limit=PAGE_SIZE)
        return _page(
            "documents.html.j2",
            request,
            status=exc.status,
            found=found,
            page=1,
            pages=max(1, -(-found.total // PAGE_SIZE)),
            words={d.id: len(d.text.split()) for d in found.documents},
            kinds=KINDS,
            form=fields,
            error=str(exc),
            problems=exc.problems,
        )
    await run_in_threadpool(service.add, index_of(request), docs)
    if len(docs) == 1:
        return RedirectResponse(f"/documents/{quote(docs[0].id, safe='')}", status_code=303)
    return RedirectResponse(f"/documents?added={len(docs)}", status_code=303)


@router.post("/delete")
async def delete_form(request: Request) -> Response:
    """Delete one document (its id in the form's ``id`` field)."""
    form = await _form(request)
    check_token(request, request.app.state.token, supplied=_field(form, "token"))
    doc_id = _field(form, "id")
    if not await run_in_threadpool(index_of(request).delete, doc_id):
        raise DocumentNotFoundError(doc_id)
    return RedirectResponse(f"/documents?deleted={quote(doc_id, safe='')}", status_code=303)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    """Show one document and its fields."""
    doc = index_of(request).get(doc_id)
    extra = {k: v for k, v in doc.meta.items()}
    return _page(
        "document.html.j2",
        request,
        doc=doc,
        extra=extra,
        words=len(doc.text.split()),
        text=paragraphs(segments(doc.text, [])),
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """A self-contained page describing the HTTP API, from the OpenAPI schema."""
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {})
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": op.get("parameters", []),
                    "body": _schema_text(body.get("schema"), schema),
                    "responses": sorted(op.get("responses", {})),
                }
            )
    return _page("docs.html.j2", request, operations=operations, info=schema.get("info", {}))


def _schema_text(node: Any, schema: dict[str, Any]) -> str:
    """Describe a JSON schema briefly, resolving references to components."""
    import json

    if not node:
        return ""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if ref:
        node = schema.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1], node)
    return json.dumps(node, indent=2)
