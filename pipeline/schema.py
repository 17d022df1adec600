"""Every output table declared once: column names, Arrow types, nullability, descriptions.

Writers build their Arrow tables from these declarations and nothing else, so the Parquet
schema an analyst loads is stable whatever the input (an archive with no actions still gives
an ``actions`` table with the right columns and types).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

STRING, INT, DATE, BOOL = pa.string(), pa.int64(), pa.date32(), pa.bool_()
STRINGS, INTS, DATES = pa.list_(pa.string()), pa.list_(pa.int64()), pa.list_(pa.date32())


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    @property
    def arrow(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, c.type, c.nullable, metadata={"description": c.description}) for c in self.columns],
            metadata={"description": self.description, "key": ",".join(self.key)},
        )

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


DOC_ID = Column("doc_id", STRING, "Document key: first 16 hex digits of the file's SHA-256.", nullable=False)
ITEM_NO = Column("item_no", INT, "Agenda item number within the document, from 1 in reading order.", nullable=False)

DOCUMENTS = TableSchema(
    "documents",
    "One row per input document (identical files counted once), converted or failed.",
    (
        DOC_ID,
        Column("source_path", STRING, "Path of the file, relative to the input folder it was found in.", nullable=False),
        Column("duplicate_paths", STRINGS, "Other paths holding byte-identical content (converted once)."),
        Column("format", STRING, "Input format read: docx, doc (via LibreOffice), pdf, text, html.", nullable=False),
        Column("status", STRING, "ok, or failed when the file could not be converted.", nullable=False),
        Column("error", STRING, "Why the file failed, in one line (null when ok)."),
        Column("warnings", STRINGS, "Non-fatal oddities met while reading the file."),
        Column("file_size", INT, "File size in bytes."),
        Column("pages", INT, "Page count when the format records it."),
        Column("ocr", BOOL, "True when some pages had no text layer and were read by OCR."),
        Column("ocr_pages", INTS, "Pages (1-based) whose text came from OCR."),
        Column("title", STRING, "Title lines at the top of the document."),
        Column("meeting_date", DATE, "Date of the meeting, from the header."),
        Column("meeting_date_text", STRING, "Header text the meeting date was read from."),
        Column("place", STRING, "Place of the meeting as written in the header."),
        Column("participants", INT, "Number of participants stated in the header."),
        Column("chair", STRING, "Name of the person chairing the meeting."),
        Column("chair_text", STRING, "Full header text about the chair (name, role, organisation)."),
        Column("co_facilitator", STRING, "Name of the co-facilitator or co-chair."),
        Column("co_facilitator_text", STRING, "Full header text about the co-facilitator."),
        Column("group", STRING, "Coordination group or cluster holding the meeting (canonical name)."),
        Column("organisations_present_text", STRING, "Attendance line: organisations present, as written."),
        Column("agenda_text", STRING, "Agenda as listed in the header, when it is."),
        Column("next_meeting_date", DATE, "Date of the next meeting when the header gives it."),
        Column("next_meeting_text", STRING, "Header text about the next meeting."),
        Column("body_text", STRING, "Paragraphs outside the header and the tables (newsletter prose, closing lines)."),
        Column("agenda_tables", INT, "Number of tables read as the agenda table (parts of one count each)."),
        Column("agenda_items", INT, "Number of agenda items found."),
        Column("actions", INT, "Number of action points found."),
        Column("pipeline_version", STRING, "Version of minutes-pipeline that produced the row.", nullable=False),
        Column("seconds", pa.float64(), "Time the conversion took on its worker, in seconds (to find slow files)."),
    ),
    key=("doc_id",),
)

AGENDA_ITEMS = TableSchema(
    "agenda_items",
    "One row per agenda item of a document's agenda table, rows continued across pages merged.",
    (
        DOC_ID,
        ITEM_NO,
        Column("item_label", STRING, "The item's own numbering, when the table has a number column."),
        Column("section", STRING, "Title of the full-width section row above the item, if any."),
        Column("topic", STRING, "Agenda point (the topic column)."),
        Column("discussion", STRING, "Summary of discussions, full text, one paragraph per line."),
        Column("actions_text", STRING, "Actions / recommendations / decisions column, full text."),
        Column("responsible_text", STRING, "Responsible / focal point column, full text."),
        Column("responsible", STRINGS, "org_ids named in the responsible column, in order."),
        Column("deadline_text", STRING, "Deadline / timeline column, full text."),
        Column("deadline_kinds", STRINGS, "Kind of each line of deadline_text (date, continuous, next_meeting, "
                                          "when_available, asap, unknown), whether or not it aligns with an action."),
        Column("deadline_dates", DATES, "Date of each line of deadline_text (null where none), as for actions."),
        Column("status_text", STRING, "Status / progress column, when the table has one."),
        Column("other_text", STRING, "Columns with no canonical role, as 'Header: text' lines."),
        Column("table_index", INT, "0-based index of the agenda table among the document's tables.", nullable=False),
        Column("row_first", INT, "0-based grid row where the item starts in that table.", nullable=False),
        Column("row_last", INT, "0-based grid row where the item ends.", nullable=False),
        Column("page_start", INT, "Page where the item starts, when pages are known."),
        Column("page_end", INT, "Page where the item ends, when pages are known."),
    ),
    key=("doc_id", "item_no"),
)

ACTIONS = TableSchema(
    "actions",
    "One row per action point: the actions cell split into its paragraphs.",
    (
        DOC_ID,
        ITEM_NO,
        Column("action_no", INT, "Action number within the agenda item, from 1.", nullable=False),
        Column("text", STRING, "The action as written (null when a row gives only a responsible or deadline)."),
        Column("responsible_text", STRING, "Responsible attached to this action (see responsible_alignment)."),
        Column("responsible", STRINGS, "org_ids named in responsible_text, in order."),
        Column("deadline_text", STRING, "Deadline attached to this action (see deadline_alignment)."),
        Column("deadline_kind", STRING, "date, continuous, next_meeting, when_available, asap or unknown "
                                        "(null without a deadline)."),
        Column("deadline_date", DATE, "The deadline as a date: resolved against the meeting date, a month's last "
                                      "day for 'Fin juin', the group's next meeting for next_meeting when known."),
        Column("responsible_alignment", STRING,
               "How the responsible was attached: one_to_one, shared, unaligned (left null), none.", nullable=False),
        Column("deadline_alignment", STRING,
               "How the deadline was attached: one_to_one, shared, unaligned (left null), none.", nullable=False),
        Column("source_row", INT, "0-based grid row of the agenda table the action comes from.", nullable=False),
        Column("page", INT, "Page where the action starts, when pages are known."),
    ),
    key=("doc_id", "item_no", "action_no"),
)

FIELD = Column("field", STRING, "Where the text is: a header field (title, place, chair, co_facilitator, "
                "organisations_present, agenda, next_meeting), body, or an agenda column (topic, discussion, "
                "actions, responsible, deadline, status, other).", nullable=False)
MENTION = (
    Column("item_no", INT, "Agenda item of the field (null for header fields and body)."),
    FIELD,
    Column("text", STRING, "The mention as written.", nullable=False),
    Column("start", INT, "Character offset of the mention in the field's text.", nullable=False),
    Column("end", INT, "Character offset just after the mention.", nullable=False),
)

def mention_table(name: str, description: str, link: tuple[Column, ...], methods: str) -> TableSchema:
    """A table of mentions found in fields: where each is, what it links to, how it was found."""
    method = Column("method", STRING, methods, nullable=False)
    return TableSchema(name, description, (DOC_ID, *MENTION, *link, method), key=("doc_id", "field", "item_no", "start"))


ORGANISATIONS = mention_table(
    "organisations",
    "One row per organisation mention in a field, linked to the registry (pipeline/resources/organisations.csv).",
    (
        Column("org_id", STRING, "Registry key: the usual acronym (UNHCR, WFP, IOM…); null for an unknown name."),
        Column("org_name", STRING, "Registry name of the organisation."),
        Column("org_type", STRING, "UN agency, UN mission, INGO, NNGO, government service, donor, "
                                   "Red Cross/Red Crescent, coordination body, armed/security actor."),
    ),
    "registry (a listed form), fuzzy (a near miss of one), ner (statistical, unlinked).",
)

LOCATIONS = mention_table(
    "locations",
    "One row per place mention in a field, linked to the gazetteer (OCHA P-codes + pipeline/resources/places.csv).",
    (
        Column("name", STRING, "Canonical name of the place (OCHA's name for admin units)."),
        Column("admin_level", INT, "0 country, 1 region, 2 cercle, 3 commune or town, 4 village or site."),
        Column("admin1_name", STRING, "Region (admin 1) the place is in, or is."),
        Column("admin1_pcode", STRING, "OCHA P-code of that region."),
        Column("admin2_name", STRING, "Cercle (admin 2) the place is in, or is."),
        Column("admin2_pcode", STRING, "OCHA P-code of that cercle."),
        Column("pcode_version", STRING, "Version of the P-code table the codes come from (codes change between versions)."),
    ),
    "gazetteer (a known place) or ner (statistical, unlinked).",
)

ATTENDANCE = TableSchema(
    "attendance",
    "One row per organisation in a document's attendance line (each once).",
    (
        DOC_ID,
        Column("org_id", STRING, "Registry key; null when the item names no known organisation."),
        Column("org_name", STRING, "Registry name of the organisation."),
        Column("text", STRING, "The item as written in the attendance line.", nullable=False),
    ),
    key=("doc_id", "org_id", "text"),
)

FIGURES = TableSchema(
    "figures",
    "One row per count stated in a field: households, persons, incidents, or other things counted.",
    (
        DOC_ID,
        Column("item_no", INT, "Agenda item of the field (null for header fields and body)."),
        FIELD,
        Column("figure_no", INT, "Figure number within the document, from 1 in reading order.", nullable=False),
        Column("text", STRING, "The figure as written, number to counted noun (\"404 ménages\").", nullable=False),
        Column("start", INT, "Character offset of the figure in the field's text.", nullable=False),
        Column("end", INT, "Character offset just after the figure.", nullable=False),
        Column("value", INT, "The count (null when a decimal stays: see value_float)."),
        Column("value_float", pa.float64(), "The value when it is not a whole number (\"3,5 tonnes\")."),
        Column("unit", STRING, "households, persons, incidents or other.", nullable=False),
        Column("unit_text", STRING, "The counted noun as written (ménages, personnes, cas, kits, USD…).", nullable=False),
        Column("qualifier", STRING, "exact, approx (environ, about), min (plus de, at least), max (moins de, up to).",
               nullable=False),
        Column("population", STRING, "Who is counted when the text says: idps, returnees, repatriated, refugees, "
                                     "survivors, children, girls, women, men, host, youth."),
        Column("location", STRING, "Canonical name of the place the figure is about (paragraph heading or sentence)."),
        Column("period", STRING, "Period the sentence gives: YYYY-MM, YYYY-MM-DD, or a range a/b (ISO 8601)."),
        Column("paired_with", INT, "figure_no of the figure this one restates (\"404 ménages (3 100 personnes)\")."),
        Column("sentence", STRING, "The sentence the figure is in.", nullable=False),
    ),
    key=("doc_id", "figure_no"),
)

TABLES: dict[str, TableSchema] = {t.name: t for t in (DOCUMENTS, AGENDA_ITEMS, ACTIONS, ORGANISATIONS, LOCATIONS,
                                                      ATTENDANCE, FIGURES)}

TIMESTAMP = pa.timestamp("us", tz="UTC")
RUNS = TableSchema(
    "runs",
    "One row per run of the batch (appended): when, what it saw and did, which pipeline version.",
    (
        Column("started", TIMESTAMP, "When the run started (UTC).", nullable=False),
        Column("finished", TIMESTAMP, "When the datasets were in place (UTC)."),
        Column("files_seen", INT, "Files found under the inputs (duplicates included).", nullable=False),
        Column("converted", INT, "Documents converted by this run.", nullable=False),
        Column("skipped", INT, "Documents whose saved result from an earlier run was reused.", nullable=False),
        Column("failed", INT, "Documents in the datasets with status failed.", nullable=False),
        Column("documents", INT, "Documents in the datasets after the run.", nullable=False),
        Column("pipeline_version", STRING, "Pipeline version (code and reference data) of the run.", nullable=False),
    ),
    key=("started",),
)
