"""The review report: a static HTML site in ``<datasets>/report/`` to see what the pipeline found.

An overview of the archive (documents by status, figures over time as inline SVG charts,
organisations most present) and one page per document: its header, its agenda table, and
every organisation, place and figure highlighted in the text, its link (org_id, P-codes,
value and unit) shown on hover. Everything is in the folder (templates, CSS, SVG): no network
is needed to view it.
"""

from __future__ import annotations

import html
import math
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).resolve().parent
HEADER_FIELDS = (("meeting_date", "date", None), ("place", "place", "place"), ("participants", "participants", None),
                 ("chair_text", "chair", "chair"), ("co_facilitator_text", "co-facilitation", "co_facilitator"),
                 ("group", "group", None), ("organisations_present_text", "organisations present", "organisations_present"),
                 ("agenda_text", "agenda", "agenda"), ("next_meeting_text", "next meeting", "next_meeting"))
ITEM_FIELDS = (("topic", "topic"), ("discussion", "discussion"), ("actions_text", "actions"),
               ("responsible_text", "responsible"), ("deadline_text", "deadline"))
UNITS = ("incidents", "households", "persons")


def _na(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _plain(value):
    """None for missing values, whole floats as ints (pandas turns a nullable int column into floats)."""
    if _na(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def highlight(text: Optional[str], spans: Iterable[tuple[int, int, str, str]]) -> str:
    """HTML of ``text`` with each (start, end, class, title) span wrapped in a <mark>."""
    if _na(text) or not text:
        return ""
    out, position = [], 0
    for start, end, kind, title in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < position or end > len(text):
            continue  # overlapping or stale span: the first one wins
        out.append(html.escape(text[position:start]))
        out.append(f'<mark class="{kind}" title="{html.escape(title, quote=True)}">{html.escape(text[start:end])}</mark>')
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def org_span(row) -> tuple[int, int, str, str]:
    if _na(row.org_id):
        return int(row.start), int(row.end), "org unlinked", f"organisation not in the registry (found by {row.method})"
    return int(row.start), int(row.end), "org", f"{row.org_id} — {row.org_name} ({row.org_type}; {row.method})"


def loc_span(row) -> tuple[int, int, str, str]:
    if _na(row.admin1_pcode) and _na(row.admin2_pcode):
        kind = "loc" if row.method == "gazetteer" else "loc unlinked"
        return int(row.start), int(row.end), kind, f"{row.name} (no P-code; {row.method})"
    parts = [str(row.name)]
    if not _na(row.admin2_pcode):
        parts.append(f"cercle {row.admin2_name} {row.admin2_pcode}")
    if not _na(row.admin1_pcode):
        parts.append(f"région {row.admin1_name} {row.admin1_pcode}")
    return int(row.start), int(row.end), "loc", " · ".join(parts) + f" (P-codes {row.pcode_version})"


def fig_span(row) -> tuple[int, int, str, str]:
    """A figure's hover: value, qualifier, population, place and its role, period and where it
    was read, how it relates to the others, and whether it is summed."""
    value = row.value if not _na(row.value) else row.value_float
    details = [f"{value:,} {row.unit}".replace(",", " "), f"qualifier {row.qualifier}"]
    if not _na(row.population):
        details.append(f"population {row.population}")
    if not _na(getattr(row, "subject", None)) and row.subject != row.population:
        details.append(f"subject {row.subject}")
    if not _na(row.location):
        role = getattr(row, "location_role", None)
        origin = getattr(row, "origin", None)
        details.append(f"location {row.location}" + (f" ({role})" if not _na(role) and role != "where" else "")
                       + (f" from {origin}" if not _na(origin) else ""))
    if not _na(row.period):
        kind, source = getattr(row, "period_kind", None), getattr(row, "period_source", None)
        details.append(f"period {row.period}" + (f" ({kind}, {source})" if not _na(kind) and not _na(source) else ""))
    for relation in ("restates", "part_of", "repeats"):
        other = getattr(row, relation, None)
        if not _na(other):
            details.append(f"{relation.replace('_', ' ')} figure {int(other)}")
    summed = getattr(row, "aggregate", True)
    if not _na(summed) and not bool(summed):
        details.append("not summed")
    return int(row.start), int(row.end), "fig", " · ".join(details)


def spans_by_document(tables: dict[str, pd.DataFrame]) -> dict[str, dict[tuple, list]]:
    """doc_id -> (item_no, field) -> highlight spans, in one pass over the mention tables."""
    spans: dict[str, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for name, make in (("organisations", org_span), ("locations", loc_span), ("figures", fig_span)):
        for row in tables[name].itertuples():
            spans[row.doc_id][(None if _na(row.item_no) else int(row.item_no), row.field)].append(make(row))
    return spans


#: a bar this many times the median bar is drawn off scale (cut, its value written), so one
#: national stock does not flatten every local count to nothing
OUTLIER_FACTOR = 5


def nice_ceiling(value: float) -> float:
    """The round number (1, 2, 2.5 or 5 times a power of ten) at or above ``value``: the axis top."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def off_scale(series: pd.Series) -> pd.Series:
    """Which bars are outliers: more than OUTLIER_FACTOR times the median bar (three bars or more)."""
    values = series.astype(float)
    if len(values) < 3 or values.median() <= 0:
        return pd.Series(False, index=series.index)
    return values > OUTLIER_FACTOR * values.median()


def bar_chart(series: pd.Series, colour: str, unit: str = "", x_label: str = "month") -> str:
    """An inline SVG bar chart of values by label (no script, no network): a y axis with ticks
    and its unit, an x axis with its label, each bar's value on hover, outliers cut at the top of
    the axis with a break mark and their value written."""
    if series.empty:
        return '<p class="muted">no figures of this unit</p>'
    width, height, left, bottom, top_margin, right = 400, 226, 58, 66, 22, 34
    plot_height = height - bottom - top_margin
    bar = (width - left - right) / len(series)
    outliers = off_scale(series)
    in_scale = series[~outliers].astype(float)
    top = nice_ceiling(float(in_scale.max()) if not in_scale.empty else float(series.max()))
    base = height - bottom
    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg" '
             f'aria-label="{html.escape(unit)} by {x_label}">']
    for tick in range(5):  # y axis: ticks, grid lines, values
        value = top * tick / 4
        y = base - plot_height * tick / 4
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 3:.1f}" font-size="9" text-anchor="end">{_number(value)}</text>')
    parts.append(f'<line x1="{left}" y1="{top_margin - 4}" x2="{left}" y2="{base}" stroke="#6b7280"/>')
    parts.append(f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#6b7280"/>')
    parts.append(f'<text x="12" y="{top_margin + plot_height / 2:.1f}" font-size="10" text-anchor="middle" '
                 f'transform="rotate(-90 12 {top_margin + plot_height / 2:.1f})">{html.escape(unit)}</text>')
    parts.append(f'<text x="{left + (width - left - right) / 2:.1f}" y="{height - 3}" font-size="10" '
                 f'text-anchor="middle">{html.escape(x_label)}</text>')
    for i, (label, value) in enumerate(series.items()):
        cut = bool(outliers.iloc[i])
        h = plot_height if cut else plot_height * float(value) / top
        x = left + i * bar + 2
        w = max(bar - 4, 1)
        title = f"{html.escape(str(label))}: {_number(value)} {html.escape(unit)}" + (" (off scale)" if cut else "")
        parts.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{colour}">'
                     f'<title>{title}</title></rect>')
        if cut:  # a white zigzag across the bar: the bar is longer than drawn
            y = top_margin + 10
            parts.append(f'<polyline points="{x - 1:.1f},{y + 3} {x + w / 3:.1f},{y - 3} {x + 2 * w / 3:.1f},{y + 3} '
                         f'{x + w + 1:.1f},{y - 3}" fill="none" stroke="white" stroke-width="3"/>')
            parts.append(f'<text x="{x + w / 2:.1f}" y="{top_margin - 8}" font-size="9" text-anchor="middle" '
                         f'class="outlier">{_number(value)} ▲</text>')
        parts.append(f'<text x="{x + bar / 2 - 2:.1f}" y="{base + 12}" font-size="9" '
                     f'transform="rotate(45 {x + bar / 2 - 2:.1f} {base + 12})">{html.escape(str(label))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _number(value) -> str:
    """1 234 567 (French thousands, as the minutes write them)."""
    return f"{float(value):,.0f}".replace(",", "\u202f")


def charts(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """Sums by month of the figures to add up (aggregate: no part, repeat or total counted twice),
    one document per meeting; incidents, households and persons each on their own axis."""
    documents = tables["documents"]
    primary = documents[documents["primary"].fillna(False).astype(bool)][["doc_id", "meeting_date"]]
    figures = tables["figures"].merge(primary, on="doc_id")
    figures = figures[figures["aggregate"].fillna(False).astype(bool)]
    month = figures.period.str.slice(0, 7).fillna(pd.to_datetime(figures.meeting_date).dt.strftime("%Y-%m"))
    figures = figures.assign(month=month)
    colours = {"incidents": "#dc2626", "households": "#2563eb", "persons": "#059669"}
    return [{"title": f"{unit} by month",
             "svg": bar_chart(figures[figures.unit == unit].groupby("month")["value"].sum().sort_index(), colours[unit],
                              unit)}
            for unit in UNITS]


def organisations_present(tables: dict[str, pd.DataFrame], limit: int = 20) -> list[dict]:
    documents = tables["documents"]
    primary = set(documents.loc[documents["primary"].fillna(False).astype(bool), "doc_id"])
    attendance = tables["attendance"]
    attendance = attendance[attendance.doc_id.isin(primary) & attendance.org_id.notna()]
    mentions = tables["organisations"]
    mentions = mentions[mentions.doc_id.isin(primary) & mentions.org_id.notna()]
    meetings = attendance.groupby("org_id").doc_id.nunique()
    counts = mentions.groupby("org_id").size()
    names = mentions.drop_duplicates("org_id").set_index("org_id")[["org_name", "org_type"]]
    frame = pd.DataFrame({"meetings": meetings, "mentions": counts}).fillna(0).astype(int).join(names)
    frame = frame.sort_values(["meetings", "mentions"], ascending=False).head(limit)
    return [dict(org_id=k, **v) for k, v in frame.to_dict("index").items()]


def load(folder: Path) -> dict[str, pd.DataFrame]:
    names = ("documents", "agenda_items", "organisations", "locations", "figures", "attendance")
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in names}


def build_report(folder: Path, out: Optional[Path] = None) -> Path:
    """Write the site into ``out`` (default ``<folder>/report``); returns the index page."""
    tables = load(folder)
    out = out or folder / "report"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(TEMPLATES / "style.css", out / "style.css")
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    documents = tables["documents"].sort_values(["meeting_date", "source_path"], na_position="last")
    figure_counts = tables["figures"].groupby("doc_id").size()
    spans = spans_by_document(tables)
    items = dict(tuple(tables["agenda_items"].groupby("doc_id")))
    listing = []
    for doc in documents.itertuples():
        page = f"doc-{doc.doc_id}.html"
        listing.append({**{k: _plain(v) for k, v in doc._asdict().items()}, "page": page,
                        "figures": int(figure_counts.get(doc.doc_id, 0)),
                        "meeting_date": None if _na(doc.meeting_date) else doc.meeting_date,
                        "primary": bool(doc.primary) if not _na(doc.primary) else False,
                        "error": None if _na(doc.error) else doc.error})
        (out / page).write_text(document_page(env, doc, spans[doc.doc_id], items.get(doc.doc_id)), encoding="utf-8")
    by_status = (documents.groupby(["status", "format"]).size().reset_index(name="count").to_dict("records"))
    version = documents.pipeline_version.iloc[0] if len(documents) else ""
    index = env.get_template("index.html").render(
        title="Coordination minutes: what the pipeline found", documents=listing, by_status=by_status,
        charts=charts(tables), organisations=organisations_present(tables), folder=folder, version=version)
    (out / "index.html").write_text(index, encoding="utf-8")
    return out / "index.html"


def document_page(env: Environment, doc, spans: dict[tuple, list], items_frame: Optional[pd.DataFrame]) -> str:
    """One document's page: header, body and agenda with their mentions highlighted."""
    from types import SimpleNamespace

    doc = SimpleNamespace(**{k: _plain(v) for k, v in doc._asdict().items()})
    header = []
    for column, label, field in HEADER_FIELDS:
        value = getattr(doc, column)
        if value is None:
            continue
        text = str(value)
        header.append((label, highlight(text, spans.get((None, field), [])) if field else html.escape(text)))
    items = []
    for item in (items_frame.sort_values("item_no").itertuples() if items_frame is not None else ()):
        row = {"item_no": item.item_no}
        for column, field in ITEM_FIELDS:
            row[field] = highlight(getattr(item, column), spans.get((int(item.item_no), field), []))
        items.append(row)
    body = highlight(doc.body_text, spans.get((None, "body"), [])) if doc.body_text else ""
    return env.get_template("document.html").render(title=doc.title or doc.source_path, doc=doc, header=header,
                                                    items=items, body=body)


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        raise RuntimeError("Chromium not found: run make install (Debian package chromium)")
    return found


def browser(page: Path, *arguments: str, timeout: int = 120) -> str:
    """Run headless Chromium on a page of the report (a fresh profile, no network needed)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments,
                                 page.resolve().as_uri()], capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"chromium failed: {result.stderr.strip()[-500:]}")
    return result.stdout


def screenshot(page: Path, png: Path, size: str = "1400,1600") -> Path:
    png.parent.mkdir(parents=True, exist_ok=True)
    browser(page, f"--screenshot={png.resolve()}", f"--window-size={size}")
    return png
