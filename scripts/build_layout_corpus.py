"""Build the layout corpus: agenda tables in many layouts, each with the gold it lays out.

Real archives hold the same compte rendu in many shapes: full borders, no borders, horizontal
rules only, a rule under the header only, a shaded header only; four to seven columns in
varied orders and widths; header cells wrapped on two or three lines; portrait or landscape;
one to four pages, the header repeated or not, the columns shifted by a few points on the
next page; rows cut by a page break; two tables; prose before the table; long cells with
bullet lists; merged topic cells; small fonts; extra columns ("N°", "Statut", "Observations")
and merged ones ("Responsable / Délai"); the meeting header as lines, as a 2-column table or
as labels on one row with values below. Each feature is drawn on its own (seeded), so no rule
can be written for one document.

Each document is written twice from one content description: a .docx (python-docx: merged
cells, nested tables, soft line breaks, list styles) and a PDF laid out line by line with
reportlab (every coordinate under the script's control, so a page can shift its columns);
with ``--libreoffice``, a third time as LibreOffice renders the .docx (``<name>.lo.pdf``). The
gold JSON beside them is written from the same content: per agenda item its topic,
discussion, actions, responsibles and deadline text, per action its responsible and
deadline, and the meeting date and participant count.

    python scripts/build_layout_corpus.py [--out data/interim/layouts] [--n 48] [--seed 15]
    python scripts/build_layout_corpus.py --out tests/fixtures/layouts --only 3 7 12
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from docx import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 15
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)

# -- content -------------------------------------------------------------------------------

PLACES = ["Gao", "Ménaka", "Tombouctou", "Mopti", "Kidal", "Ségou", "Bourem", "Ansongo", "Douentza",
          "Niono", "Bandiagara", "Goundam", "Diré", "Ténenkou", "Andéramboukane", "Tessalit"]
ORGS = ["UNHCR", "OCHA", "UNICEF", "OIM", "DRC", "NRC", "IRC", "PAM", "UNFPA", "INTERSOS", "Plan International",
        "CICR", "MINUSMA", "DRDSES", "Sous-cluster VBG", "Sous-cluster protection de l'enfance", "AMSS",
        "Handicap International", "Save the Children", "Coordination du cluster"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

TOPICS = {
    "fr": ["Revue des actions de la dernière réunion", "Situation sécuritaire et mouvements de population",
           "Mise à jour du sous-cluster VBG", "Monitoring de protection", "Protection de l'enfance",
           "Lutte anti-mines", "Logement, terre et biens", "Accès humanitaire", "Cohésion sociale",
           "Documentation civile", "Retours et solutions durables", "Présentation du plan de réponse",
           "Évaluation multisectorielle", "Cartographie des acteurs", "Divers"],
    "en": ["Review of previous action points", "Security situation and population movements",
           "GBV sub-cluster update", "Protection monitoring", "Child protection", "Mine action",
           "Housing, land and property", "Humanitarian access", "Social cohesion", "Civil documentation",
           "Returns and durable solutions", "Response plan presentation", "Multi-sector assessment",
           "Any other business"],
}
DISCUSSION = {
    "fr": ["{n} ménages déplacés sont arrivés à {p} depuis le début du mois de {m}.",
           "Les partenaires signalent une hausse des incidents de protection dans le cercle de {p}.",
           "Une mission conjointe s'est rendue à {p} la semaine dernière avec {o}.",
           "Le rapport de monitoring de {m} fait état de {n} incidents dont une majorité de violences physiques.",
           "{o} a présenté les résultats de l'évaluation rapide conduite à {p}.",
           "Les besoins en documentation civile restent importants pour les personnes retournées.",
           "Le mécanisme de référencement a été mis à jour et partagé avec les membres.",
           "Les participants ont souligné le manque de financement pour les activités de {p}.",
           "La situation reste calme mais tendue autour de {p} selon {o}.",
           "Environ {n} personnes ont bénéficié de séances de sensibilisation en {m}."],
    "en": ["{n} displaced households arrived in {p} since the beginning of {m}.",
           "Partners report an increase in protection incidents in {p} district.",
           "A joint mission visited {p} last week together with {o}.",
           "The {m} monitoring report records {n} incidents, most of them physical assaults.",
           "{o} presented the results of the rapid assessment carried out in {p}.",
           "Needs for civil documentation remain high among returnees.",
           "The referral pathway was updated and shared with members.",
           "Participants stressed the lack of funding for activities in {p}.",
           "The situation remains calm but tense around {p} according to {o}.",
           "About {n} people attended awareness sessions in {m}."],
}
ACTIONS = {
    "fr": ["Partager le rapport de la mission de {p} avec les membres", "Organiser une mission conjointe à {p}",
           "Mettre à jour la matrice des acteurs présents à {p}", "Transmettre les données de monitoring de {m}",
           "Renforcer le plaidoyer pour l'accès à {p}", "Faire le suivi des cas référés à {o}",
           "Préparer une note d'information sur la situation de {p}", "Identifier un point focal pour {p}",
           "Diffuser le mécanisme de référencement mis à jour", "Consulter {o} sur les besoins de {p}"],
    "en": ["Share the report of the {p} mission with members", "Organise a joint mission to {p}",
           "Update the matrix of actors present in {p}", "Send the {m} monitoring data",
           "Strengthen advocacy for access to {p}", "Follow up on cases referred to {o}",
           "Prepare a briefing note on the situation in {p}", "Identify a focal point for {p}",
           "Circulate the updated referral pathway", "Consult {o} on the needs in {p}"],
}
DEADLINES = {
    "fr": ["{d} {m}", "Fin {m}", "Continu", "Avant la prochaine réunion", "{d}/{mm}/{y}", "Immédiat", "Mi-{m}"],
    "en": ["{d} {m}", "End of {m}", "Ongoing", "Next meeting", "{d}/{mm}/{y}", "ASAP"],
}
STATUS = {"fr": ["En cours", "Réalisé", "Non démarré"], "en": ["Ongoing", "Done", "Not started"]}
OBSERVATIONS = {"fr": ["RAS", "À confirmer", "Voir annexe", ""], "en": ["None", "To be confirmed", "See annex", ""]}
#: observations that say nothing (pipeline/resources/null_markers.csv)
NULL_OBSERVATIONS = {"RAS", "None", ""}

HEADERS = {
    "fr": {"topic": ["Points à l'ordre du jour", "Points de l'ordre du jour", "Thématiques", "Ordre du jour"],
           "discussion": ["Résumé des discussions", "Points saillants des discussions", "Synthèse des échanges"],
           "actions": ["Actions à prendre", "Actions à mener", "Recommandations", "Actions / Recommandations"],
           "responsible": ["Responsables", "Responsable(s)", "Structures responsables"],
           "deadline": ["Délai", "Délais", "Échéance"],
           "resp_deadline": ["Responsable / Délai", "Responsables et délais"],
           "number": ["N°"], "status": ["Statut"], "observations": ["Observations"]},
    "en": {"topic": ["Agenda item", "Agenda items", "Topic"],
           "discussion": ["Summary of discussions", "Key points of discussion", "Discussion summary"],
           "actions": ["Action points", "Actions to be taken", "Recommendations"],
           "responsible": ["Responsible", "Focal point", "Lead agency"],
           "deadline": ["Deadline", "Timeline"],
           "resp_deadline": ["Responsible / Deadline", "Lead and deadline"],
           "number": ["No."], "status": ["Status"], "observations": ["Observations"]},
}
META_LABELS = {"fr": {"date": "Date", "place": "Lieu", "participants": "Nombre de participants", "chair": "Présidence"},
               "en": {"date": "Date", "place": "Venue", "participants": "Number of participants", "chair": "Chair"}}
PROSE = {"fr": ["La réunion a été ouverte par le coordinateur qui a souhaité la bienvenue aux participants.",
                "Un tour de table a permis aux participants de se présenter avant l'adoption de l'ordre du jour.",
                "Les membres ont rappelé les principes de confidentialité dans le partage des données."],
         "en": ["The meeting was opened by the coordinator, who welcomed the participants.",
                "Participants introduced themselves before the agenda was adopted.",
                "Members recalled the confidentiality principles for data sharing."]}
WIDTHS = {"number": (0.04, 0.06), "topic": (0.12, 0.2), "discussion": (0.28, 0.42), "actions": (0.2, 0.3),
          "responsible": (0.09, 0.14), "deadline": (0.08, 0.12), "resp_deadline": (0.14, 0.2),
          "status": (0.07, 0.1), "observations": (0.09, 0.13)}

#: the layout features, each drawn independently; the values a document may take
FEATURES = {
    "borders": ["full", "none", "hrules", "header_rule", "shaded"],
    "orientation": ["portrait", "landscape"],
    "header_wrap": [1, 2, 3],
    "order": ["standard", "shuffled"],
    "extra_columns": ["none", "number", "status", "observations", "number+status"],
    "merged_resp_deadline": [False, False, True],
    "no_discussion": [False, False, False, True],
    "font_size": [7, 8, 9, 10, 11],
    "length": ["short", "medium", "long", "very_long"],
    "header_repeat": [True, False],
    "page_shift": [0, 0, -6, -3, 3, 6],
    "row_split": [True, False],
    "two_tables": [False, False, True],
    "prose_before": [False, True],
    "bullets": [False, True],
    "merged_topic": [False, True],
    "metadata": ["lines", "table2", "horizontal"],
    "language": ["fr", "fr", "en"],
    "shared_responsibles": [False, True],
    "soft_breaks": [False, True],
    "nested_table": [False, True],
    "cell_padding": [2, 4, 6],
}


@dataclass
class Row:
    """One table row: its cells' entries (discussion entries may be bullets)."""

    topic: str
    discussion: list[tuple[str, bool]]
    actions: list[str]
    responsible: list[str]
    deadline: list[str]
    number: str = ""
    status: str = ""
    observations: str = ""
    nested: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Item:
    topic: str
    rows: list[Row]


@dataclass
class Spec:
    """One document: its features, header fields and agenda items, rendered as .docx and PDF."""

    name: str
    features: dict
    title: str
    meta: list[tuple[str, str]]
    meeting_date: str
    participants: int
    prose: list[str]
    columns: list[str]
    headers: list[str]
    widths: list[float]
    items: list[Item]
    split_at: Optional[int]  # the second table starts at this item (two_tables)
    closing: str


def _fill(rng: random.Random, template: str, lang: str, year: int, not_orgs: tuple[str, ...] = ()) -> str:
    """A template filled in; ``not_orgs`` are left out of it (an action naming one of its row's
    responsibles would tie it to that one, which the gold could not say)."""
    months = MONTHS_FR if lang == "fr" else MONTHS_EN
    month = rng.randrange(12)
    text = template.format(n=rng.choice([12, 45, 87, 120, 230, 404, 1250]), p=rng.choice(PLACES),
                           m=months[month], o=rng.choice([o for o in ORGS if o not in not_orgs]), d=rng.randint(2, 28), mm=f"{month + 1:02d}", y=year)
    return text[0].upper() + text[1:]


def make_spec(index: int, seed: int) -> Spec:
    """Draw one document's features and content, each from its own random stream."""
    rng = random.Random(seed * 1000 + index)
    features = {name: random.Random(f"{seed}-{index}-{name}").choice(values) for name, values in FEATURES.items()}
    lang = features["language"]
    year = rng.randint(2017, 2022)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    meeting_date = dt.date(year, month, day)
    months = MONTHS_FR if lang == "fr" else MONTHS_EN
    date_text = rng.choice([f"{day} {months[month - 1]} {year}", f"{day:02d}/{month:02d}/{year}"])
    place = rng.choice(PLACES)
    participants = rng.randint(8, 60)
    labels = META_LABELS[lang]
    meta = [(labels["date"], date_text), (labels["place"], f"{place}, bureau {rng.choice(['OCHA', 'UNHCR'])}"),
            (labels["participants"], str(participants)), (labels["chair"], rng.choice(["UNHCR", "DRC", "NRC"]))]
    title = (f"Compte rendu de la réunion du sous-cluster Protection de {place}" if lang == "fr"
             else f"Minutes of the Protection Working Group meeting – {place}")

    roles = ["topic"] + ([] if features["no_discussion"] else ["discussion"]) + ["actions"]
    roles += ["resp_deadline"] if features["merged_resp_deadline"] else ["responsible", "deadline"]
    if features["order"] == "shuffled":
        rest = roles[1:]
        rng.shuffle(rest)
        roles = roles[:1] + rest
    extras = [] if features["extra_columns"] == "none" else features["extra_columns"].split("+")
    columns = (["number"] if "number" in extras else []) + roles + [e for e in ("status", "observations") if e in extras]
    names = HEADERS[lang]
    headers = [rng.choice(names[c]) for c in columns]
    raw = [rng.uniform(*WIDTHS[c]) for c in columns]
    widths = [w / sum(raw) for w in raw]

    n_items = {"short": rng.randint(3, 4), "medium": rng.randint(5, 6), "long": rng.randint(7, 9),
               "very_long": rng.randint(10, 12)}[features["length"]]
    topics = rng.sample(TOPICS[lang], n_items)
    items: list[Item] = []
    merged_at = rng.randrange(n_items) if features["merged_topic"] else None
    number = 0
    for i, topic in enumerate(topics):
        rows = []
        for r in range(2 if i == merged_at else 1):
            number += 1
            rows.append(_row(rng, features, lang, year, topic if r == 0 else "", number, i))
        items.append(Item(topic, rows))
    split_at = rng.randint(1, n_items - 1) if features["two_tables"] and n_items > 1 else None
    prose = rng.sample(PROSE[lang], rng.randint(1, 3)) if features["prose_before"] else []
    closing = "La séance a été levée à 12h30." if lang == "fr" else "The meeting closed at 12:30."
    name = f"L{index:03d}" if seed == DEFAULT_SEED else f"S{seed}-L{index:03d}"
    return Spec(name, features, title, meta, meeting_date.isoformat(), participants, prose, columns,
                headers, widths, items, split_at, closing)


def _row(rng: random.Random, features: dict, lang: str, year: int, topic: str, number: int, item_index: int) -> Row:
    long = features["length"] in ("long", "very_long")
    n_disc = rng.randint(2, 5) if long or features["bullets"] else rng.randint(1, 3)
    discussion = [(_fill(rng, rng.choice(DISCUSSION[lang]), lang, year), features["bullets"]) for _ in range(n_disc)]
    n_actions = rng.choice([0, 1, 1, 2, 2, 3]) if item_index else rng.choice([1, 2])
    orgs = rng.sample(ORGS, 4)
    words = {w for o in orgs for w in o.lower().split() if len(w) > 3}
    tied = tuple(o for o in ORGS if words & set(o.lower().split()))
    actions = [_fill(rng, t, lang, year, tied) + "." for t in rng.sample(ACTIONS[lang], n_actions)]
    if not actions:
        responsible, deadline = [], []
    elif features["shared_responsibles"] and len(actions) >= 3:
        responsible = orgs[:2]  # two organisations share the three actions, one per line
        deadline = [_fill(rng, rng.choice(DEADLINES[lang]), lang, year)]
    else:
        responsible = orgs[:len(actions)] if rng.random() < 0.7 else orgs[:1]
        deadline = ([_fill(rng, rng.choice(DEADLINES[lang]), lang, year) for _ in actions]
                    if rng.random() < 0.6 else [_fill(rng, rng.choice(DEADLINES[lang]), lang, year)])
    if features["merged_resp_deadline"] and actions:
        # one "Org – deadline" line per action
        responsible = (responsible * len(actions))[:len(actions)]
        deadline = (deadline * len(actions))[:len(actions)]
    nested = ([(p, f"{rng.choice([35, 120, 404])} ménages" if lang == "fr" else f"{rng.choice([35, 120, 404])} households")
               for p in rng.sample(PLACES, 2)] if features["nested_table"] and item_index == 0 else [])
    return Row(topic, discussion, actions, responsible, deadline, number=str(number),
               status=rng.choice(STATUS[lang]) if actions else "", observations=rng.choice(OBSERVATIONS[lang]),
               nested=nested)


# -- gold ----------------------------------------------------------------------------------

def gold_of(spec: Spec, nested: bool) -> dict:
    """What a reader should take out of the document: per item and per action (``nested``: the
    rows of a table nested in a discussion cell, a .docx feature, are lines of the discussion)."""
    items, actions = [], []
    has_discussion = "discussion" in spec.columns
    for no, item in enumerate(spec.items, start=1):
        # a table without a discussion column: its "Observations" column is read as the discussion
        observations = [row.observations for row in item.rows if "observations" in spec.columns
                        and row.observations not in NULL_OBSERVATIONS]
        discussion = [line for row in item.rows for line in
                      [text for text, _ in row.discussion] + ([f"{a} | {b}" for a, b in row.nested] if nested else [])]
        items.append({
            "item_no": no, "topic": item.topic,
            "discussion": ("\n".join(discussion) if has_discussion and discussion else
                           "\n".join(observations) if not has_discussion and observations else None),
            "actions_text": "\n".join(a for row in item.rows for a in row.actions) or None,
            "responsible_text": "\n".join(r for row in item.rows for r in row.responsible) or None,
            "deadline_text": "\n".join(d for row in item.rows for d in row.deadline) or None,
        })
        for row in item.rows:
            for i, text in enumerate(row.actions):
                if len(row.responsible) == len(row.actions):
                    responsible = row.responsible[i]
                elif len(row.actions) == 1 or len(row.responsible) < len(row.actions):
                    responsible = "\n".join(row.responsible)  # every responsible of the row, on each action
                else:
                    responsible = None
                deadline = row.deadline[i] if len(row.deadline) == len(row.actions) else "\n".join(row.deadline)
                actions.append({"item_no": no, "text": text, "responsible_text": responsible or None,
                                "deadline_text": deadline or None})
    return {"name": spec.name, "features": spec.features, "meeting_date": spec.meeting_date,
            "participants": spec.participants, "items": items, "actions": actions}


# -- .docx -----------------------------------------------------------------------------------

def _border(tag: str, on: bool) -> OxmlElement:
    el = OxmlElement(f"w:{tag}")
    el.set(qn("w:val"), "single" if on else "nil")
    if on:
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
    return el


def _table_borders(table, style: str) -> None:
    """Table borders for a border style (tblBorders replaces whatever the style draws)."""
    on = {"full": {"top", "left", "bottom", "right", "insideH", "insideV"},
          "hrules": {"top", "bottom", "insideH"}}.get(style, set())
    borders = OxmlElement("w:tblBorders")
    for tag in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_border(tag, tag in on))
    table._tbl.tblPr.append(borders)


def _cell_props(cell, bottom_rule: bool = False, shade: bool = False) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    if bottom_rule:
        borders = OxmlElement("w:tcBorders")
        borders.append(_border("bottom", True))
        tc_pr.append(borders)
    if shade:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9D9D9")
        tc_pr.append(shd)


def _lines_paragraph(cell_or_doc, lines: list[str], style: Optional[str] = None):
    """One paragraph holding ``lines`` separated by soft line breaks (Shift+Enter)."""
    paragraph = cell_or_doc.add_paragraph(style=style)
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i < len(lines) - 1:
            run.add_break()
    return paragraph


def _docx_cell(cell, entries: list[tuple[str, bool]], soft: bool, nested: list[tuple[str, str]] = ()) -> None:
    placeholder = cell.paragraphs[0]
    if soft and len(entries) > 1 and not any(b for _, b in entries):
        _lines_paragraph(cell, [t for t, _ in entries])
    else:
        for text, bullet in entries:
            cell.add_paragraph(text, style="List Bullet" if bullet else None)
    if nested:
        table = cell.add_table(rows=len(nested), cols=2)
        _table_borders(table, "full")
        for r, (a, b) in enumerate(nested):
            table.cell(r, 0).text, table.cell(r, 1).text = a, b
    if len(cell.paragraphs) > 1 or nested:
        placeholder._element.getparent().remove(placeholder._element)


def _docx_agenda(doc, spec: Spec, items: list[Item], lang: str) -> None:
    f = spec.features
    n_rows = 1 + sum(len(item.rows) for item in items)
    table = doc.add_table(rows=n_rows, cols=len(spec.columns))
    _table_borders(table, f["borders"])
    for c, header in enumerate(spec.headers):
        cell = table.cell(0, c)
        words = header.split()
        k = min(f["header_wrap"], len(words))
        if k > 1:  # a header written on two or three lines by hand
            size = -(-len(words) // k)
            _lines_paragraph(cell, [" ".join(words[i:i + size]) for i in range(0, len(words), size)])
            cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
        else:
            cell.text = header
        for run in (r for p in cell.paragraphs for r in p.runs):
            run.bold = True
        _cell_props(cell, bottom_rule=f["borders"] == "header_rule", shade=f["borders"] == "shaded")
    if f["header_repeat"]:
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        tr_pr.append(flag)
    r = 1
    for item in items:
        first = r
        for row in item.rows:
            for c, column in enumerate(spec.columns):
                cell = table.cell(r, c)
                entries = _cell_entries(row, column, lang)
                if entries:
                    _docx_cell(cell, entries, f["soft_breaks"] and column in ("actions", "responsible", "deadline",
                                                                               "resp_deadline"),
                               row.nested if column == "discussion" else ())
            r += 1
        if r - first > 1:
            top = table.cell(first, spec.columns.index("topic"))
            top.merge(table.cell(r - 1, spec.columns.index("topic")))
            for extra in top.paragraphs[1:]:  # python-docx appends the merged cells' empty paragraphs
                if not extra.text.strip():
                    extra._element.getparent().remove(extra._element)
    usable = Cm(25.7 if f["orientation"] == "landscape" else 17.4).pt
    # each column wide enough for its longest word (Word's cell margins 5.4 pt), the table's font
    # made smaller where they cannot all fit, as in the PDF
    size = float(f["font_size"])
    while (fitted := _fitted_widths(spec, items, lang, usable, size, 5.4)) is None and size > 5:
        size -= 0.5
    fitted = fitted or [w * usable for w in spec.widths]
    if size < f["font_size"]:
        for run in (r for row in table.rows for cell in row.cells for p in cell.paragraphs for r in p.runs):
            run.font.size = Pt(size)
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), fitted):
        col.set(qn("w:w"), str(int(Pt(width).twips)))
    for c, width in enumerate(fitted):
        for cell in table.columns[c].cells:
            cell.width = Pt(width)


def _cell_entries(row: Row, column: str, lang: str) -> list[tuple[str, bool]]:
    """The entries a column shows for a row (a merged column joins responsible and deadline)."""
    if column == "topic":
        return [(row.topic, False)] if row.topic else []
    if column == "discussion":
        return list(row.discussion)
    if column in ("actions", "responsible", "deadline"):
        return [(t, False) for t in getattr(row, column)]
    if column == "resp_deadline":
        return [(f"{r} – {d}", False) for r, d in zip(row.responsible, row.deadline)]
    if column == "number":
        return [(row.number, False)]
    value = getattr(row, column)
    return [(value, False)] if value else []


def build_docx(spec: Spec) -> bytes:
    f, lang = spec.features, spec.features["language"]
    doc = DocxDocument()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(f["font_size"])
    normal.paragraph_format.space_after = Pt(3)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if f["orientation"] == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.8))
    doc.add_paragraph(spec.title, style="Title")
    _docx_meta(doc, spec)
    for text in spec.prose:
        doc.add_paragraph(text)
    split = spec.split_at or len(spec.items)
    _docx_agenda(doc, spec, spec.items[:split], lang)
    if spec.split_at:
        doc.add_paragraph("Suite de l'ordre du jour" if lang == "fr" else "Agenda, continued")
        _docx_agenda(doc, spec, spec.items[split:], lang)
    doc.add_paragraph(spec.closing)
    props = doc.core_properties
    props.author = props.last_modified_by = "minutes-pipeline layout corpus"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    return _reproducible_zip(buffer.getvalue())


def _docx_meta(doc, spec: Spec) -> None:
    shape = spec.features["metadata"]
    if shape == "lines":
        for label, value in spec.meta:
            doc.add_paragraph(f"{label} : {value}")
        return
    if shape == "table2":
        table = doc.add_table(rows=len(spec.meta), cols=2)
        for r, (label, value) in enumerate(spec.meta):
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
    else:  # labels on one row, values below
        table = doc.add_table(rows=2, cols=len(spec.meta))
        for c, (label, value) in enumerate(spec.meta):
            table.cell(0, c).text, table.cell(1, c).text = label, value
    _table_borders(table, "full")
    doc.add_paragraph("")


def _reproducible_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# -- PDF ---------------------------------------------------------------------------------------

#: regular and bold fonts of the PDFs (False, True): DejaVu Sans embedded, so every character,
#: bullets included, has its Unicode value in the file, as in Word's or LibreOffice's exports
FONTS = {False: "DejaVuSans", True: "DejaVuSans-Bold"}
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/Library/Fonts")]


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in FONTS.values():
        path = next((d / f"{name}.ttf" for d in FONT_DIRS if (d / f"{name}.ttf").exists()), None)
        if path is None:
            raise SystemExit(f"{name}.ttf not found (apt-get install fonts-dejavu-core)")
        pdfmetrics.registerFont(TTFont(name, str(path)))


class PdfLayout:
    """A page-by-page list of drawing operations (text, rules, fills), emitted at the end so a
    footer can say "Page X sur Y"."""

    MARGIN = 50.0

    def __init__(self, landscape: bool, font_size: float):
        self.width, self.height = (842.0, 595.0) if landscape else (595.0, 842.0)
        self.size = font_size
        self.leading = font_size * 1.22
        self.pages: list[list[tuple]] = [[]]
        self.y = self.MARGIN + 10

    @property
    def bottom(self) -> float:
        return self.height - self.MARGIN - 10

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.MARGIN + 10

    def text(self, x: float, top: float, text: str, bold: bool = False, size: Optional[float] = None) -> None:
        self.pages[-1].append(("text", x, top, text, bold, size or self.size))

    def rule(self, x0: float, top: float, x1: float, bottom: float) -> None:
        self.pages[-1].append(("line", x0, top, x1, bottom))

    def fill(self, x0: float, top: float, x1: float, bottom: float) -> None:
        self.pages[-1].insert(0, ("fill", x0, top, x1, bottom))

    def paragraph(self, text: str, bold: bool = False, size: Optional[float] = None, space_after: float = 4) -> None:
        size = size or self.size
        for line in wrap(text, self.width - 2 * self.MARGIN, size, bold):
            if self.y + size * 1.22 > self.bottom:
                self.new_page()
            self.text(self.MARGIN, self.y, line, bold, size)
            self.y += size * 1.22
        self.y += space_after

    def save(self, footer: str) -> bytes:
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=(self.width, self.height), invariant=1)
        pdf.setCreator("minutes-pipeline layout corpus")
        for number, ops in enumerate(self.pages, start=1):
            ops = ops + [("text", self.MARGIN, self.height - self.MARGIN + 12, f"{footer} – Page {number} sur "
                          f"{len(self.pages)}", False, 8)]
            for op in ops:
                if op[0] == "text":
                    _, x, top, text, bold, size = op
                    pdf.setFont(FONTS[bold], size)
                    pdf.drawString(x, self.height - top - size * 0.8, text)
                elif op[0] == "line":
                    _, x0, top, x1, bottom = op
                    pdf.setLineWidth(0.6)
                    pdf.line(x0, self.height - top, x1, self.height - bottom)
                else:
                    _, x0, top, x1, bottom = op
                    pdf.setFillGray(0.85)
                    pdf.rect(x0, self.height - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
                    pdf.setFillGray(0)
            pdf.showPage()
        pdf.save()
        return buffer.getvalue()


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap to ``width`` points (never inside a word)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = FONTS[bold]
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(lines[-1] + " " + word, font, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


@dataclass
class CellLines:
    """A cell laid out: (offset from the row's text top, x indent, text, bold) per line."""

    lines: list[tuple[float, float, str, bool]]

    @property
    def height(self) -> float:
        return self.lines[-1][0] if self.lines else 0.0


def _layout_cell(entries: list[tuple[str, bool]], width: float, page: PdfLayout, bold: bool = False,
                 starts: Optional[list[float]] = None) -> tuple[CellLines, list[float]]:
    """Lines of a cell; entry ``i`` starts no higher than ``starts[i]`` (a responsible beside its action)."""
    out, offsets, y = [], [], 0.0
    gap = page.size * 0.5  # paragraph spacing after each entry
    for i, (text, bullet) in enumerate(entries):
        if starts is not None and i < len(starts):
            y = max(y, starts[i])
        offsets.append(y)
        indent = 9.0 if bullet else 0.0
        for j, line in enumerate(wrap(text, width - indent, page.size, bold)):
            if bullet and j == 0:
                out.append((y, 0.0, "•", False))
            out.append((y, indent, line, bold))
            y += page.leading
        y += gap
    return CellLines([(y0, x, t, b) for y0, x, t, b in out] + ([(y - gap, 0, "", False)] if out else [])), offsets


def _fitted_widths(spec: Spec, items: list[Item], lang: str, usable: float, size: float,
                   pad: float) -> Optional[list[float]]:
    """Column widths in points, each wide enough for its longest word (a word is never broken,
    so a narrower column would print it over its neighbour); the room comes from the wider
    columns. None when the words cannot fit at this font size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    needed = []
    for c, column in enumerate(spec.columns):
        words = [(w, True) for w in spec.headers[c].split()]
        words += [(w, False) for item in items for row in item.rows for text, _ in _cell_entries(row, column, lang)
                  for w in text.split()]
        needed.append(max(stringWidth(w, FONTS[b], size) for w, b in words)
                      + 2 * pad + 12)
    if sum(needed) > usable:
        return None
    widths = [max(w * usable, n) for w, n in zip(spec.widths, needed)]
    excess = sum(widths) - usable
    slack = [w - n for w, n in zip(widths, needed)]
    if excess > 0 and sum(slack) > 0:
        widths = [w - excess * s / sum(slack) for w, s in zip(widths, slack)]
    return widths


def _pdf_table(page: PdfLayout, spec: Spec, items: list[Item], lang: str) -> None:
    f = spec.features
    pad = float(f["cell_padding"])
    usable = page.width - 2 * page.MARGIN
    nominal = page.size
    while (widths := _fitted_widths(spec, items, lang, usable, page.size, pad)) is None:
        page.size -= 0.5  # seven columns in portrait at 11 pt: the writer would shrink the table's font
        page.leading = page.size * 1.22
    edges = [page.MARGIN]
    for w in widths:
        edges.append(edges[-1] + w)
    inner = [edges[c + 1] - edges[c] - 2 * pad for c in range(len(spec.columns))]

    header_cells = []
    for c, header in enumerate(spec.headers):
        words = header.split()
        k = min(f["header_wrap"], len(words))
        size = -(-len(words) // k) if k else 1
        lines = [" ".join(words[i:i + size]) for i in range(0, len(words), size)] if k > 1 else [header]
        cell_lines, y = [], 0.0
        for line in lines:
            for part in wrap(line, inner[c], page.size, True):
                cell_lines.append((y, 0.0, part, True))
                y += page.leading
        header_cells.append(CellLines(cell_lines + [(y, 0, "", False)]))
    header_height = max(c.height for c in header_cells) + 2 * pad

    shift = 0.0

    def draw_header() -> None:
        top = page.y
        xs = [e + shift for e in edges]
        if f["borders"] == "shaded":
            page.fill(xs[0], top, xs[-1], top + header_height)
        for c, cell in enumerate(header_cells):
            for off, indent, text, bold in cell.lines:
                if text:
                    page.text(xs[c] + pad + indent, top + pad + off, text, bold)
        if f["borders"] in ("full", "hrules", "header_rule"):
            if f["borders"] != "header_rule":
                page.rule(xs[0], top, xs[-1], top)
            page.rule(xs[0], top + header_height, xs[-1], top + header_height)
        if f["borders"] == "full":
            for x in xs:
                page.rule(x, top, x, top + header_height)
        page.y += header_height

    draw_header()
    page_index = len(page.pages)
    rows = [(item, r, row) for item in items for r, row in enumerate(item.rows)]
    for item, r, row in rows:
        cells: list[CellLines] = []
        action_starts: Optional[list[float]] = None
        for c, column in enumerate(spec.columns):
            if column == "actions":
                laid, action_starts = _layout_cell(_cell_entries(row, column, lang), inner[c], page)
        for c, column in enumerate(spec.columns):
            entries = _cell_entries(row, column, lang)
            aligned = action_starts if column in ("responsible", "deadline", "resp_deadline") and \
                len(entries) == len(action_starts or []) else None
            cells.append(_layout_cell(entries, inner[c], page, starts=aligned)[0])
        height = max(c.height for c in cells) + 2 * pad
        last_in_item = r == len(item.rows) - 1
        remaining = page.bottom - page.y
        topic_col = spec.columns.index("topic")
        pieces: list[tuple[list[CellLines], float]] = []
        if height <= remaining:
            pieces.append((cells, height))
        else:
            cut = remaining - 2 * pad
            topic_height = cells[topic_col].height
            if f["row_split"] and cut >= 3 * page.leading and topic_height <= cut:
                first = [CellLines([l for l in c.lines if l[0] + page.leading <= cut and l[2]]) for c in cells]
                rest = [CellLines([(l[0] - cut, l[1], l[2], l[3]) for l in c.lines if l[0] + page.leading > cut and l[2]])
                        for c in cells]
                pieces.append((first, remaining))
                rest_top = min((l[0] for c in rest for l in c.lines), default=0.0)
                rest = [CellLines([(l[0] - rest_top, l[1], l[2], l[3]) for l in c.lines]) for c in rest]
                rest_h = max((c.lines[-1][0] + page.leading for c in rest if c.lines), default=0.0) + 2 * pad
                pieces.append((rest, rest_h))
            else:
                pieces.append((None, 0.0))  # move the whole row to the next page
                pieces.append((cells, height))
        for k, (piece, piece_height) in enumerate(pieces):
            if k > 0:
                if f["borders"] in ("full", "hrules"):  # a cell merged down closes at the page's end
                    xs = [e + shift for e in edges]
                    page.rule(xs[0], page.y, xs[-1], page.y)
                page.new_page()
                if len(page.pages) > page_index:
                    shift = float(f["page_shift"])
                if f["header_repeat"]:
                    draw_header()
            if piece is None:
                continue
            top = page.y
            xs = [e + shift for e in edges]
            for c, cell in enumerate(piece):
                for off, indent, text, bold in cell.lines:
                    if text:
                        page.text(xs[c] + pad + indent, top + pad + off, text, bold)
            bottom = top + piece_height
            if f["borders"] in ("full", "hrules"):
                # a merged topic cell: no rule across the topic column between its rows
                skip_topic = not last_in_item and k == len(pieces) - 1
                if skip_topic:
                    page.rule(xs[topic_col + 1] if topic_col + 1 < len(xs) else xs[-1], bottom, xs[-1], bottom)
                    if topic_col > 0:
                        page.rule(xs[0], bottom, xs[topic_col], bottom)
                else:
                    page.rule(xs[0], bottom, xs[-1], bottom)
                if f["borders"] == "full" and k > 0 and not f["header_repeat"]:
                    page.rule(xs[0], top, xs[-1], top)
            if f["borders"] == "full":
                for x in xs:
                    page.rule(x, top, x, bottom)
            page.y = bottom
    page.y += 8
    page.size, page.leading = nominal, nominal * 1.22


def _pdf_meta(page: PdfLayout, spec: Spec) -> None:
    shape = spec.features["metadata"]
    if shape == "lines":
        for label, value in spec.meta:
            page.paragraph(f"{label} : {value}", space_after=2)
        page.y += 6
        return
    usable = page.width - 2 * page.MARGIN
    if shape == "table2":
        rows = [[label, value] for label, value in spec.meta]
        edges = [page.MARGIN, page.MARGIN + 0.3 * usable, page.MARGIN + usable]
    else:
        rows = [[label for label, _ in spec.meta], [value for _, value in spec.meta]]
        n = len(spec.meta)
        edges = [page.MARGIN + i * usable / n for i in range(n + 1)]
    for row in rows:
        top = page.y
        height = 0.0
        for c, text in enumerate(row):
            lines = wrap(text, edges[c + 1] - edges[c] - 8, page.size)
            for j, line in enumerate(lines):
                page.text(edges[c] + 4, top + 3 + j * page.leading, line)
            height = max(height, len(lines) * page.leading + 6)
        page.rule(edges[0], top, edges[-1], top)
        page.rule(edges[0], top + height, edges[-1], top + height)
        for x in edges:
            page.rule(x, top, x, top + height)
        page.y += height
    page.y += 12


def build_pdf(spec: Spec) -> tuple[bytes, int]:
    f, lang = spec.features, spec.features["language"]
    page = PdfLayout(f["orientation"] == "landscape", f["font_size"])
    page.paragraph(spec.title, bold=True, size=14, space_after=10)
    _pdf_meta(page, spec)
    for text in spec.prose:
        page.paragraph(text)
    page.y += 6
    split = spec.split_at or len(spec.items)
    _pdf_table(page, spec, spec.items[:split], lang)
    if spec.split_at:
        page.paragraph("Suite de l'ordre du jour" if lang == "fr" else "Agenda, continued", bold=True)
        _pdf_table(page, spec, spec.items[split:], lang)
    page.paragraph(spec.closing)
    footer = "Sous-cluster Protection" if lang == "fr" else "Protection Working Group"
    return page.save(footer), len(page.pages)


# -- main --------------------------------------------------------------------------------------

def build(index: int, seed: int, out: Path) -> dict:
    spec = make_spec(index, seed)
    pdf, pages = build_pdf(spec)
    (out / "documents" / f"{spec.name}.pdf").write_bytes(pdf)
    gold_pdf = gold_of(spec, nested=False)
    (out / "documents" / f"{spec.name}.docx").write_bytes(build_docx(spec))
    gold_docx = gold_of(spec, nested=True)
    features = dict(spec.features, pages=pages)
    gold = {"name": spec.name, "features": features, "meeting_date": spec.meeting_date,
            "participants": spec.participants, "pdf": {k: gold_pdf[k] for k in ("items", "actions")},
            "docx": {k: gold_docx[k] for k in ("items", "actions")}}
    (out / "gold" / f"{spec.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def libreoffice_pdfs(specs: list[Spec], out: Path) -> None:
    """Each document as Word users export it: its .docx (nested tables left out, so that the PDF
    gold holds) rendered by LibreOffice into ``<name>.lo.pdf``, all in one soffice call."""
    import dataclasses
    import shutil
    import subprocess
    import tempfile

    if shutil.which("soffice") is None:
        print("soffice not found: no LibreOffice renderings (make system-deps)")
        return
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as profile:
        sources = []
        for spec in specs:
            flat = dataclasses.replace(spec, items=[Item(i.topic, [dataclasses.replace(r, nested=[]) for r in i.rows])
                                                    for i in spec.items])
            source = Path(tmp) / f"{spec.name}.lo.docx"
            source.write_bytes(build_docx(flat))
            sources.append(str(source))
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", "pdf", "--outdir", str(out / "documents"), *sources],
                       check=True, capture_output=True, timeout=60 + 20 * len(sources))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "interim" / "layouts")
    parser.add_argument("--n", type=int, default=48, help="documents (each as .docx and .pdf)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", type=int, nargs="*", help="build only these document numbers")
    parser.add_argument("--libreoffice", action="store_true",
                        help="also render each .docx to PDF with LibreOffice (<name>.lo.pdf, scored as pdf-lo)")
    args = parser.parse_args()
    register_fonts()
    for sub in ("documents", "gold"):
        (args.out / sub).mkdir(parents=True, exist_ok=True)
    specs = []
    for index in args.only if args.only else range(args.n):
        gold = build(index, args.seed, args.out)
        specs.append(make_spec(index, args.seed))
        print(f"{gold['name']}: {len(gold['pdf']['items'])} items, {gold['features']['pages']} PDF pages, "
              + ", ".join(f"{k}={v}" for k, v in gold["features"].items() if k != "pages"))
    if args.libreoffice:
        libreoffice_pdfs(specs, args.out)


if __name__ == "__main__":
    main()
