"""The partner files of the registry (the twenty-second to twenty-seventh passes), checked alike: every
form linked to its own row in every frame, every form naming one body, and the forms left out for
precision absent. Each file's list of left-out forms and its size live beside its own
invented-sentence tests (``LEFT_OUT``, ``MIN_FORMS``); the checks are written once, here."""

from __future__ import annotations

import pytest
import test_registry_partners_twentyfifth as partners5
import test_registry_partners_twentyfifth_sahel as partners6
import test_registry_partners_twentyfourth as partners4
import test_registry_partners_twentysecond as partners3
import test_registry_partners_twentyseventh as partners8
import test_registry_partners_twentysixth as partners7
from test_registry import FORM_FRAMES, forms_not_linked, forms_not_owned_once, forms_of_the_file, left_out_forms_present

PARTNER_FILES = (partners3, partners4, partners5, partners6, partners7, partners8)


def _file(module) -> str:
    return module.FILE


@pytest.mark.parametrize("frame", FORM_FRAMES)
@pytest.mark.parametrize("module", PARTNER_FILES, ids=_file)
def test_every_form_of_the_file_is_linked_to_its_row(module, frame):
    assert forms_not_linked(module.FILE, frame) == []


@pytest.mark.parametrize("module", PARTNER_FILES, ids=_file)
def test_every_form_of_the_file_names_one_body(module):
    forms = forms_of_the_file(module.FILE)
    assert len(forms) > module.MIN_FORMS
    assert forms_not_owned_once(forms) == []


@pytest.mark.parametrize("module", PARTNER_FILES, ids=_file)
def test_forms_left_out_for_precision_are_not_forms_of_the_file(module):
    assert left_out_forms_present(module.FILE, module.LEFT_OUT) == []
