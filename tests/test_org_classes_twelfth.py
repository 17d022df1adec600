"""Organisation classes of the twelfth pass, read from the eighth blind split moved to dev: an
acronym an office or a membership belongs to ("les membres du GTZ"). Every sentence and name
here is INVENTED."""

from __future__ import annotations

from test_real_failures import texts


def test_the_acronym_an_office_or_a_membership_belongs_to_is_a_body():
    assert texts("Le rapport a été présenté aux membres du GTZ, puis validé.", "ORG") == ["GTZ"]
    assert texts("Le Co-président du KRT, Paul Amani, a ouvert la séance.", "ORG")[:1] == ["KRT"]
    assert texts("The chair of the HKT and the Secretary of the ZPC met on Monday.", "ORG") == ["HKT", "ZPC"]


def test_no_body_after_an_office_in_a_heading_or_before_a_word():
    assert texts("POINT DE SITUATION\nLes pluies continuent.", "ORG") == []
    assert texts("Le chef du village a salué la mission.", "ORG") == []
    assert "KRT" not in texts("Le président du KRT/ZNSA a parlé.", "ORG")
