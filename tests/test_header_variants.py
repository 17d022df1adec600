"""Meeting headers written other ways than the samples: labels, weekdays, bare head counts."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.text import parse_text_export

from conftest import minutes_of


def header_of(text: str):
    return minutes_of(parse_text_export(text, "header.txt")).header


@pytest.mark.parametrize("text, date, place, participants, organisations", [
    # regression: the weekday stayed in the place ("mardi , UNFPA Bamako")
    ("Réunion du sous-cluster VBG\nDate et lieu : mardi 3 mars 2020, UNFPA Bamako\nNombre de participants : vingt-deux (22)",
     dt.date(2020, 3, 3), "UNFPA Bamako", 22, None),
    ("Lieu et date : Jeudi, 14 juin 2018 – Bureau DRC, Gao", dt.date(2018, 6, 14), "Bureau DRC, Gao", None, None),
    # regression: the head count under "Attendance" was read as the list of organisations
    ("Protection Cluster Meeting Minutes\nDate: 12 March 2020\nVenue: UNHCR office, Bamako\n"
     "Attendance: 31 participants from 18 organisations", dt.date(2020, 3, 12), "UNHCR office, Bamako", 31, None),
    ("CR réunion Cluster Protection du 04/10/2017\nLieu : Salle de conférence UNHCR\nPrésents : UNHCR, NRC, DRC, IRC\n"
     "Nb participants : 19", dt.date(2017, 10, 4), "Salle de conférence UNHCR", 19, "UNHCR, NRC, DRC, IRC"),
    ("Compte-rendu de la réunion mensuelle du Cluster Protection – Tombouctou, le 9 mai 2019\n17 participants",
     dt.date(2019, 5, 9), None, 17, None),
    # regression: a bare number on a line of its own (a page number, a key figure's residue) was
    # read as the participants' count, and the figure it was went missing from the body
    ("Compte-rendu de la réunion du GT Protection – Ménaka, le 12 juin 2019\n3\nLieu : Bureau OCHA",
     dt.date(2019, 6, 12), "Bureau OCHA", None, None),
    ("Flash update No. 4, 2 May 2021\n1,843\n112", dt.date(2021, 5, 2), None, None, None),
])
def test_header_variants(text, date, place, participants, organisations):
    header = header_of(text)
    assert (header.meeting_date, header.place, header.participants, header.organisations_present_text) == (
        date, place, participants, organisations)


def test_a_table_that_is_not_the_agenda_is_read_as_body_rows(tmp_path):
    """Regression: a report's table of figures per place (neither the agenda nor a header table)
    was left out of every field, so its figures, places and organisations were never found."""
    from conftest import process_file

    text = ("Rapport de situation\n\n"
            "Région\tPDI\tMénages\nTombouctou\t1 200 personnes\t300 ménages\nMopti\t4 500 personnes\t900 ménages\n\n"
            "Date\t12 mars 2024\n\nFin du rapport.\n")
    minutes = minutes_of(parse_text_export(text, "report.txt"))
    assert minutes.body_text.splitlines() == [
        "Région | PDI | Ménages", "Tombouctou | 1 200 personnes | 300 ménages",
        "Mopti | 4 500 personnes | 900 ménages", "Fin du rapport."]  # the "Date" row is the header's
    assert str(minutes.header.meeting_date) == "2024-03-12"
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = process_file(path)
    figures = {(f["text"], f["value"], f["unit"]) for f in result.tables["figures"] if f["field"] == "body"}
    assert figures == {("1 200 personnes", 1200, "persons"), ("300 ménages", 300, "households"),
                       ("4 500 personnes", 4500, "persons"), ("900 ménages", 900, "households")}
    assert {"Tombouctou", "Mopti"} <= {p["text"] for p in result.tables["locations"] if p["field"] == "body"}


def test_a_bare_agenda_label_does_not_swallow_the_lines_past_the_header_zone():
    """Regression: the lines after a bare "Ordre du jour" label were all taken as its value up to
    the next label, but the header reads only its zone's first paragraphs: the lines past the
    zone were in no field, and their organisations, places and figures were never found."""
    lines = [f"{k}. Point numéro {k} de la réunion" for k in range(1, 60)]
    text = "Compte rendu de la réunion du cluster\nOrdre du jour :\n" + "\n".join(lines) + \
        "\nLe rapport de Kalimbo Aid sera partagé.\n"
    minutes = minutes_of(parse_text_export(text, "long_agenda.txt"))
    agenda, body = minutes.header.agenda_text or "", minutes.body_text or ""
    assert "1. Point numéro 1 de la réunion" in agenda and "Kalimbo Aid" in body
    assert not set(agenda.splitlines()) & set(body.splitlines())  # no line in both
