"""Every output table declared once: column names, Arrow types, nullability, descriptions.

Writers build their Arrow tables from these declarations and nothing else, so the Parquet
schema an analyst loads is stable whatever the input (an archive with no actions still gives
an ``actions`` table with the right columns and types).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pyarrow as pa

STRING, INT, DATE, BOOL = pa.string(), pa.int64(), pa.date32(), pa.bool_()
STRINGS, INTS, DATES = pa.list_(pa.string()), pa.list_(pa.int64()), pa.list_(pa.date32())


@dataclass(frozen=True)
class Column:
    """One column: name, Arrow type, one-line description, nullability, HXL hashtag, and the
    values it may take when they are a closed set."""

    name: str
    type: pa.DataType
    description: str
    nullable: bool = True
    hxl: str = ""
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    """A foreign key: ``columns`` of this table name a row of ``table`` by its ``target`` columns
    (rows with a null in ``columns`` refer to nothing and are not checked)."""

    columns: tuple[str, ...]
    table: str
    target: tuple[str, ...]


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    references: tuple[Reference, ...] = ()

    @cached_property
    def arrow(self) -> pa.Schema:
        """Built once: the batch's parent makes an Arrow table of every table of every document
        it saves (seven per document), and building the schema was a fifth of that."""
        return pa.schema(
            [pa.field(c.name, c.type, c.nullable, metadata={"description": c.description, "hxl": c.hxl})
             for c in self.columns],
            metadata={"description": self.description, "key": ",".join(self.key)},
        )

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


DOC_ID = Column("doc_id", STRING, "Document key: first 16 hex digits of the file's SHA-256.", nullable=False, hxl="#meta+id")
ITEM_NO = Column("item_no", INT, "Agenda item number within the document, from 1 in reading order.", nullable=False, hxl="#meta+item")

DOCUMENTS = TableSchema(
    "documents",
    "One row per input document (identical files counted once), converted or failed.",
    (
        DOC_ID,
        Column("source_path", STRING, "Path of the file, relative to the input folder it was found in.", nullable=False, hxl="#meta+source"),
        Column("duplicate_paths", STRINGS, "Other paths holding byte-identical content (converted once).", hxl="#meta+duplicates"),
        Column("format", STRING, "Input format read: docx, doc (via LibreOffice), pdf, text, html.", nullable=False, hxl="#meta+format"),
        Column("status", STRING, "ok; failed when the file could not be converted; skipped when it was not read on purpose (a link out of the input folders, a link to a folder, a pipe).", nullable=False, hxl="#status", allowed=('ok', 'failed', 'skipped')),
        Column("error", STRING, "Why the file failed or was skipped, in one line (null when ok).", hxl="#meta+error"),
        Column("warnings", STRINGS, "Non-fatal oddities met while reading the file. \"agenda header but no agenda "
                                     "table read: …\" when the text shows an agenda table's header row (three "
                                     "agenda columns or more named in a short paragraph) but no agenda item was "
                                     "read: the file is ok yet its table was missed, check it by hand.",
               hxl="#meta+warnings"),
        Column("file_size", INT, "File size in bytes.", hxl="#meta+bytes"),
        Column("pages", INT, "Page count when the format records it.", hxl="#meta+pages"),
        Column("ocr", BOOL, "True when some pages had no text layer and were read by OCR.", hxl="#meta+ocr"),
        Column("ocr_pages", INTS, "Pages (1-based) whose text came from OCR.", hxl="#meta+ocr_pages"),
        Column("title", STRING, "Title lines at the top of the document.", hxl="#meta+title"),
        Column("meeting_date", DATE, "Date of the meeting, from the header.", hxl="#date+reported"),
        Column("meeting_date_text", STRING, "Header text the meeting date was read from.", hxl="#meta+date_text+reported"),
        Column("place", STRING, "Place of the meeting as written in the header.", hxl="#loc+name"),
        Column("participants", INT, "Number of participants stated in the header.", hxl="#meta+participants"),
        Column("chair", STRING, "Name of the person chairing the meeting.", hxl="#contact+name+chair"),
        Column("chair_text", STRING, "Full header text about the chair (name, role, organisation).", hxl="#contact+chair+text"),
        Column("co_facilitator", STRING, "Name of the co-facilitator or co-chair.", hxl="#contact+name+cochair"),
        Column("co_facilitator_text", STRING, "Full header text about the co-facilitator.", hxl="#contact+cochair+text"),
        Column("group", STRING, "Coordination group or cluster holding the meeting (canonical name).", hxl="#sector+cluster"),
        Column("organisations_present_text", STRING, "Attendance line: organisations present, as written.", hxl="#org+list"),
        Column("agenda_text", STRING, "Agenda as listed in the header, when it is.", hxl="#meta+agenda"),
        Column("next_meeting_date", DATE, "Date of the next meeting when the header gives it.", hxl="#date+next_meeting"),
        Column("next_meeting_text", STRING, "Header text about the next meeting.", hxl="#meta+date_text+next_meeting"),
        Column("meeting_region", STRING, "Admin-1 unit (region) the meeting's place lies in, when the header's place "
                                         "names one and it is not a capital (a meeting in the capital is read as "
                                         "national); the region a count with no place of its own is filed under in "
                                         "the incidents analysis.", hxl="#adm1+name+meeting"),
        Column("meeting_region_pcode", STRING, "OCHA P-code of meeting_region.", hxl="#adm1+code+meeting"),
        Column("body_text", STRING, "Paragraphs outside the header and the agenda (newsletter prose, closing lines), and the rows of tables that are neither the agenda nor header fields, one per line as `a | b | c` (a report's table of figures per place).", hxl="#description+body"),
        Column("agenda_tables", INT, "Number of tables read as the agenda table (parts of one count each).", hxl="#meta+tables"),
        Column("agenda_items", INT, "Number of agenda items found.", hxl="#meta+items"),
        Column("actions", INT, "Number of action points found.", hxl="#meta+actions"),
        Column("actions_with_responsible", INT, "Number of those action points the document gives a responsible "
                                                "(the others are left unaligned: see actions.responsible_alignment).",
               hxl="#meta+actions+responsible"),
        Column("pipeline_version", STRING, "Version of minutes-pipeline that produced the row.", nullable=False, hxl="#meta+version"),
        Column("meeting_id", STRING, "Same value for the documents of one meeting (its group, date and place), "
                                     "e.g. a .docx and its PDF export.", hxl="#meta+meeting"),
        Column("primary", BOOL, "True for one document per meeting: the rendering whose layout gave the most "
                                "action points a responsible, then the most structured format. Filter on it "
                                "to count each meeting's facts once.", hxl="#meta+primary"),
        Column("seconds", pa.float64(), "Time the conversion took on its worker, in seconds (to find slow files).", hxl="#meta+seconds"),
    ),
    key=("doc_id",),
)

AGENDA_ITEMS = TableSchema(
    "agenda_items",
    "One row per agenda item of a document's agenda table, rows continued across pages merged.",
    (
        DOC_ID,
        ITEM_NO,
        Column("item_label", STRING, "The item's own numbering, when the table has a number column.", hxl="#meta+label"),
        Column("section", STRING, "Title of the full-width section row above the item, if any.", hxl="#meta+section"),
        Column("topic", STRING, "Agenda point (the topic column).", hxl="#description+topic"),
        Column("discussion", STRING, "Summary of discussions, full text, one paragraph per line.", hxl="#description+discussion"),
        Column("actions_text", STRING, "Actions / recommendations / decisions column, full text.", hxl="#activity+text"),
        Column("responsible_text", STRING, "Responsible / focal point column, full text.", hxl="#org+responsible+text"),
        Column("responsible", STRINGS, "org_ids named in the responsible column, in order.", hxl="#org+responsible+acronym"),
        Column("deadline_text", STRING, "Deadline / timeline column, full text.", hxl="#meta+deadline+text"),
        Column("deadline_kinds", STRINGS, "Kind of each line of deadline_text (date, continuous, next_meeting, "
                                          "when_available, asap, unknown), whether or not it aligns with an action.", hxl="#meta+deadline+kind"),
        Column("deadline_dates", DATES, "Date of each line of deadline_text (null where none), as for actions.", hxl="#meta+deadline+dates"),
        Column("status_text", STRING, "Status / progress column, when the table has one.", hxl="#status+text"),
        Column("other_text", STRING, "Columns with no canonical role, as 'Header: text' lines.", hxl="#description+other"),
        Column("table_index", INT, "0-based index of the agenda table among the document's tables.", nullable=False, hxl="#meta+table"),
        Column("row_first", INT, "0-based grid row where the item starts in that table.", nullable=False, hxl="#meta+row_first"),
        Column("row_last", INT, "0-based grid row where the item ends.", nullable=False, hxl="#meta+row_last"),
        Column("page_start", INT, "Page where the item starts, when pages are known.", hxl="#meta+page_start"),
        Column("page_end", INT, "Page where the item ends, when pages are known.", hxl="#meta+page_end"),
    ),
    key=("doc_id", "item_no"),
    references=(Reference(("doc_id",), "documents", ("doc_id",)),),
)

ACTIONS = TableSchema(
    "actions",
    "One row per action point: the actions cell split into its paragraphs.",
    (
        DOC_ID,
        ITEM_NO,
        Column("action_no", INT, "Action number within the agenda item, from 1.", nullable=False, hxl="#meta+action"),
        Column("text", STRING, "The action as written (null when a row gives only a responsible or deadline).", hxl="#activity+name"),
        Column("responsible_text", STRING, "Responsible attached to this action (see responsible_alignment).", hxl="#org+responsible+text"),
        Column("responsible", STRINGS, "org_ids named in responsible_text, in order.", hxl="#org+responsible+acronym"),
        Column("deadline_text", STRING, "Deadline attached to this action (see deadline_alignment).", hxl="#meta+deadline+text"),
        Column("deadline_kind", STRING, "date, continuous, next_meeting, when_available, asap or unknown "
                                        "(null without a deadline).", hxl="#meta+deadline+kind", allowed=('date', 'continuous', 'next_meeting', 'when_available', 'asap', 'unknown')),
        Column("deadline_date", DATE, "The deadline as a date: resolved against the meeting date, a month's last "
                                      "day for 'Fin juin', the group's next meeting for next_meeting when known.", hxl="#date+deadline"),
        Column("responsible_alignment", STRING,
               "How the responsible was attached: one_to_one (as many values as actions in the row), shared (one value for the row), whole_cell (the row's one action gets every line of the cell), matched (fewer values than actions, placed by what the texts say), unaligned (nothing justifies a value: left null), none (empty cell).", nullable=False, hxl="#meta+responsible_alignment", allowed=('one_to_one', 'shared', 'whole_cell', 'matched', 'unaligned', 'none')),
        Column("deadline_alignment", STRING,
               "How the deadline was attached: one_to_one (as many values as actions in the row), shared (one value for the row), whole_cell (the row's one action gets every line of the cell), matched (fewer values than actions, placed by what the texts say (deadlines follow the responsibles they are listed beside)), unaligned (nothing justifies a value: left null), none (empty cell).", nullable=False, hxl="#meta+deadline_alignment", allowed=('one_to_one', 'shared', 'whole_cell', 'matched', 'unaligned', 'none')),
        Column("source_row", INT, "0-based grid row of the agenda table the action comes from.", nullable=False, hxl="#meta+row"),
        Column("page", INT, "Page where the action starts, when pages are known.", hxl="#meta+page"),
    ),
    key=("doc_id", "item_no", "action_no"),
    references=(Reference(("doc_id", "item_no"), "agenda_items", ("doc_id", "item_no")),),
)

FIELD = Column("field", STRING, "Where the text is: a header field (title, place, chair, co_facilitator, "
                "organisations_present, agenda, next_meeting), body, or an agenda column (topic, discussion, "
                "actions, responsible, deadline, status, other).", nullable=False, hxl="#meta+field",
                allowed=('title', 'place', 'chair', 'co_facilitator', 'organisations_present', 'agenda', 'next_meeting', 'body', 'topic', 'discussion', 'actions', 'responsible', 'deadline', 'status', 'other'))
MENTION = (
    Column("item_no", INT, "Agenda item of the field (null for header fields and body).", hxl="#meta+item"),
    FIELD,
    Column("text", STRING, "The mention as written.", nullable=False, hxl="#description+mention"),
    Column("start", INT, "Character offset of the mention in the field's text.", nullable=False, hxl="#meta+start"),
    Column("end", INT, "Character offset just after the mention.", nullable=False, hxl="#meta+end"),
)

def admin_columns(place: str) -> tuple[Column, ...]:
    """The region and cercle of a place, by name and OCHA P-code (joinable to any OCHA dataset)."""
    return (
        Column("admin1_name", STRING, f"Region (admin 1) {place} is in, or is.", hxl="#adm1+name"),
        Column("admin1_pcode", STRING, "OCHA P-code of that region.", hxl="#adm1+code"),
        Column("admin2_name", STRING, f"Cercle (admin 2) {place} is in, or is.", hxl="#adm2+name"),
        Column("admin2_pcode", STRING, "OCHA P-code of that cercle.", hxl="#adm2+code"),
    )


def mention_table(name: str, description: str, link: tuple[Column, ...], methods: str,
                  allowed_methods: tuple[str, ...]) -> TableSchema:
    """A table of mentions found in fields: where each is, what it links to, how it was found."""
    method = Column("method", STRING, methods, nullable=False, hxl="#meta+method", allowed=allowed_methods)
    return TableSchema(name, description, (DOC_ID, *MENTION, *link, method), key=("doc_id", "field", "item_no", "start"),
                       references=(Reference(("doc_id",), "documents", ("doc_id",)), Reference(("doc_id", "item_no"), "agenda_items", ("doc_id", "item_no"))))


ORGANISATIONS = mention_table(
    "organisations",
    "One row per organisation mention in a field, linked to the registry (pipeline/resources/organisations.csv).",
    (
        Column("org_id", STRING, "Registry key: the usual acronym (UNHCR, WFP, IOM…); null for an unknown name.", hxl="#org+acronym"),
        Column("org_name", STRING, "Registry name of the organisation.", hxl="#org+name"),
        Column("org_type", STRING, "UN agency, UN mission, INGO, NNGO, government service, donor, "
                                   "Red Cross/Red Crescent, coordination body, armed/security actor.", hxl="#org+type", allowed=('UN agency', 'UN mission', 'INGO', 'NNGO', 'government service', 'donor', 'Red Cross/Red Crescent', 'coordination body', 'armed/security actor')),
    ),
    "Which rule found it: registry (a listed form or an abbreviation of one: \"Handicap Int.\"), fuzzy (a near "
    "miss of a listed name), list (an item of an attendance list, a responsible cell or a list after \"en "
    "partenariat avec\", unlinked when the registry does not know it), context (an institution named by a head "
    "noun and capitalised words: \"Ministère de l'Éducation nationale\", unlinked), ner (the statistical NER, unlinked).",
    ("registry", "fuzzy", "list", "context", "ner"),
)

LOCATIONS = mention_table(
    "locations",
    "One row per place mention in a field, linked to the gazetteer (OCHA P-codes + pipeline/resources/places.csv).",
    (
        Column("name", STRING, "Canonical name of the place (OCHA's name for admin units).", hxl="#loc+name"),
        Column("admin_level", INT, "0 country, 1 region, 2 cercle, 3 commune or town, 4 village or site.", hxl="#meta+admin_level"),
        *admin_columns("the place"),
        Column("pcode_version", STRING, "Version of the P-code table the codes come from (codes change between versions).", hxl="#meta+pcode_version"),
    ),
    "Which rule found it: gazetteer (an OCHA admin unit, a country or a place of resources/places*.csv), geonames "
    "(a GeoNames town or village of a country the document is about), context (a name after a place cue: "
    "\"commune de\", \"village de\", \"l'axe\", \"à\", \"X State\"…, or across a hyphen from a place; unlinked), "
    "ner (the statistical NER, unlinked).",
    ("gazetteer", "geonames", "context", "ner"),
)

ATTENDANCE = TableSchema(
    "attendance",
    "One row per organisation in a document's attendance line (each once).",
    (
        DOC_ID,
        Column("org_id", STRING, "Registry key; null when the item names no known organisation.", hxl="#org+acronym"),
        Column("org_name", STRING, "Registry name of the organisation.", hxl="#org+name"),
        Column("text", STRING, "The item as written in the attendance line.", nullable=False, hxl="#org+text"),
    ),
    key=("doc_id", "org_id", "text"),
    references=(Reference(("doc_id",), "documents", ("doc_id",)),),
)

FIGURES = TableSchema(
    "figures",
    "One row per count stated in a field: households, persons, incidents, or other things counted.",
    (
        DOC_ID,
        Column("item_no", INT, "Agenda item of the field (null for header fields and body).", hxl="#meta+item"),
        FIELD,
        Column("figure_no", INT, "Figure number within the document, from 1 in reading order.", nullable=False, hxl="#meta+figure"),
        Column("text", STRING, "The figure as written, number to counted noun (\"404 ménages\").", nullable=False, hxl="#description+figure"),
        Column("start", INT, "Character offset of the figure in the field's text.", nullable=False, hxl="#meta+start"),
        Column("end", INT, "Character offset just after the figure.", nullable=False, hxl="#meta+end"),
        Column("value", INT, "The count (null when a decimal stays: see value_float).", hxl="#indicator+num"),
        Column("value_float", pa.float64(), "The value when it is not a whole number (\"3,5 tonnes\").", hxl="#indicator+num+decimal"),
        Column("unit", STRING, "households, persons, incidents or other.", nullable=False, hxl="#indicator+unit", allowed=('households', 'persons', 'incidents', 'other')),
        Column("unit_text", STRING, "The counted noun as written (ménages, personnes, cas, kits, USD…).", nullable=False, hxl="#indicator+unit+text"),
        Column("qualifier", STRING, "exact, approx (environ, about), min (plus de, at least), max (moins de, up to).",
               nullable=False, hxl="#indicator+qualifier", allowed=('exact', 'approx', 'min', 'max')),
        Column("population", STRING, "Who is counted when the text says: idps, returnees, repatriated, refugees, "
                                     "survivors, children, girls, women, men, host, youth, affected (from the noun, else "
                                     "the figure's subject).", hxl="#indicator+population"),
        Column("location", STRING, "Canonical name of the place the figure is about: a destination or host the sentence "
                                   "names, else the paragraph's heading place, else where the sentence says (their region "
                                   "when it names several cercles of one), else the origin; a nested table row's first cell.",
               hxl="#loc+name"),
        *admin_columns("that place"),
        Column("location_role", STRING, "What the place is to the count: where (it happened, or where the people are), "
                                        "destination (\"vers Goundam\", \"arrivés à\"), host (\"accueillis à\", \"hosted in\"), or "
                                        "origin (\"en provenance de\", \"déplacés de X\") when the text names no other place.",
               hxl="#loc+role", allowed=("where", "destination", "host", "origin")),
        Column("origin", STRING, "Place the people counted came from, when the text says (\"de Tonka vers Goundam\").", hxl="#loc+origin+name"),
        Column("period", STRING, "Period the count is for (ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, a/b for a range, "
                                 "a/ for a count since a): from the figure's clause or sentence, its paragraph's lead, its "
                                 "topic or section, the document's reporting period, else the meeting's month (period_source).",
               hxl="#meta+period"),
        Column("period_start", DATE, "First day of the period (a month's first day, a range's start, the start of a "
                                     "cumulative count).", hxl="#date+start"),
        Column("period_end", DATE, "Last day of the period (null for a cumulative count: up to the report).", hxl="#date+end"),
        Column("period_kind", STRING, "day, point (a stock \"à la date du\"), month, range, year, or cumulative (since the "
                                      "period's start: \"depuis janvier\").", hxl="#meta+period+kind",
               allowed=("day", "point", "month", "range", "year", "cumulative")),
        Column("period_source", STRING, "Where the period was read: sentence, paragraph, section, document, or meeting "
                                        "(the meeting's month, when the text gives none).", hxl="#meta+period_source",
               allowed=("sentence", "paragraph", "section", "document", "meeting")),
        Column("subject", STRING, "What is counted, normalised (resources/figure_subjects.csv): for incidents their type "
                                  "(security incidents, protection incidents, killings, abductions, gbv, extortion, attacks, "
                                  "attacks on civilians, attacks on schools; incidents when unsaid), for households and persons "
                                  "their population (idps, returnees, refugees, repatriated, host, affected, children, women…).",
               hxl="#indicator+subject"),
        Column("restates", INT, "figure_no of the figure this one restates: the same group counted in another unit "
                                "(\"404 ménages (3 100 personnes)\", \"soit\", a table row's households and persons). Sum "
                                "it in its own unit, never with the first.", hxl="#meta+restates"),
        Column("part_of", INT, "figure_no of the figure this one is a part of (\"dont\", \"parmi lesquels\", \"including\", "
                               "\"of whom\", \"d'entre eux\", a breakdown by sex or age).", hxl="#meta+part_of"),
        Column("repeats", INT, "figure_no of the earlier figure this one says again (same count of the same thing, place "
                               "and period in the document).", hxl="#meta+repeats"),
        Column("total_of", INTS, "figure_no of the figures this one sums (\"soit un total de\", \"au total\").", hxl="#meta+total_of"),
        Column("aggregate", BOOL, "True for the figures to sum within their unit: not a part, a repeat, a total of others, "
                                  "the top of a range, nor a cumulative count beside its period's own count.",
               nullable=False, hxl="#meta+aggregate"),
        Column("households", INT, "value when the unit is households (a column to sum, HXL #affected+hh).", hxl="#affected+hh"),
        Column("persons", INT, "value when the unit is persons (HXL #affected+ind).", hxl="#affected+ind"),
        Column("idps", INT, "value when internally displaced persons are counted, in persons (HXL #affected+idps).", hxl="#affected+idps"),
        Column("sentence", STRING, "The sentence the figure is in.", nullable=False, hxl="#description+sentence"),
    ),
    key=("doc_id", "figure_no"),
    references=(Reference(("doc_id",), "documents", ("doc_id",)), Reference(("doc_id", "item_no"), "agenda_items", ("doc_id", "item_no")), Reference(("doc_id", "restates"), "figures", ("doc_id", "figure_no")),
                Reference(("doc_id", "part_of"), "figures", ("doc_id", "figure_no")),
                Reference(("doc_id", "repeats"), "figures", ("doc_id", "figure_no"))),
)

TABLES: dict[str, TableSchema] = {t.name: t for t in (DOCUMENTS, AGENDA_ITEMS, ACTIONS, ORGANISATIONS, LOCATIONS,
                                                      ATTENDANCE, FIGURES)}

TIMESTAMP = pa.timestamp("us", tz="UTC")
RUNS = TableSchema(
    "runs",
    "One row per run of the batch (appended): when, what it saw and did, which pipeline version.",
    (
        Column("started", TIMESTAMP, "When the run started (UTC).", nullable=False, hxl="#date+start"),
        Column("finished", TIMESTAMP, "When the datasets were in place (UTC).", hxl="#date+end"),
        Column("files_seen", INT, "Files found under the inputs (duplicates included).", nullable=False, hxl="#meta+files"),
        Column("converted", INT, "Documents converted by this run.", nullable=False, hxl="#meta+converted"),
        Column("skipped", INT, "Documents whose saved result from an earlier run was reused.", nullable=False, hxl="#meta+skipped"),
        Column("failed", INT, "Documents in the datasets with status failed.", nullable=False, hxl="#meta+failed"),
        Column("documents", INT, "Documents in the datasets after the run.", nullable=False, hxl="#meta+documents"),
        Column("pipeline_version", STRING, "Pipeline version (code and reference data) of the run.", nullable=False, hxl="#meta+version"),
    ),
    key=("started",),
)
