"""Agenda header cells classified by their words, vocabulary in a data file."""

from __future__ import annotations

import shutil

import pytest

from pipeline.config import RESOURCES_DIR
from pipeline.reference import load_reference
from pipeline.structure.columns import assign_roles, is_agenda_header, role_scores

from conftest import REFERENCE


@pytest.mark.parametrize("headers, roles", [
    (["Points à l'ordre du Jour", "Résumé des discussions", "Actions à prendre",
      "Responsables de mise en œuvre et/ ou de suivi", "Délai de mise en œuvre"],
     ["topic", "discussion", "actions", "responsible", "deadline"]),
    (["Agenda", "Key points discussed", "Actions", "Focal point", "Timeline"],
     ["topic", "discussion", "actions", "responsible", "deadline"]),
    (["N°", "Thématiques", "Points saillants des échanges", "Recommandations", "Responsable", "Échéance"],
     ["number", "topic", "discussion", "actions", "responsible", "deadline"]),
    (["Sujet", "Observations", "Décisions", "Qui", "Date limite"],
     ["topic", "discussion", "actions", "responsible", "deadline"]),
    # wordings seen nowhere in the vocabulary as such
    (["Thème abordé", "Synthèse des débats", "Recommandations formulées", "Structure responsable", "Période de mise en œuvre", "État d'avancement"],
     ["topic", "discussion", "actions", "responsible", "deadline", "status"]),
    (["Item", "Discussion summary", "Agreed actions", "Lead agency", "Due"],
     ["topic", "discussion", "actions", "responsible", "deadline"]),
])
def test_header_wordings_map_to_canonical_columns(headers, roles):
    columns = assign_roles(headers, REFERENCE.column_terms)
    assert list(columns.roles) == roles
    assert is_agenda_header(columns, min_roles=3)


@pytest.mark.parametrize("headers", [
    ["Date de la réunion", "Jeudi, 14 juin 2018"],
    ["Cercle", "Ménages", "Personnes"],
    ["Organisation", "Nom", "Fonction", "Téléphone"],
])
def test_other_tables_are_not_agenda_tables(headers):
    assert not is_agenda_header(assign_roles(headers, REFERENCE.column_terms), min_roles=3)


def test_a_new_wording_is_one_line_in_the_data_file(tmp_path):
    resources = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, resources)
    assert "deadline" not in role_scores("Butoir", load_reference(resources).column_terms)
    with (resources / "agenda_columns.csv").open("a", encoding="utf-8") as handle:
        handle.write("deadline,butoir,3,prefix\n")
    assert role_scores("Butoir", load_reference(resources).column_terms) == {"deadline": 3.0}
