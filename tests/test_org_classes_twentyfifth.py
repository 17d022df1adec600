"""Organisation classes of the twenty-fifth pass (the twenty-first split's errors and the names-out
misses of dev): the UN as its clause's subject, a titled person the NER reads as a body, a union of
states by its head, a plural list of ministries in lower case, "and" inside a coordination body's
name, a defined acronym glued to another body's acronym, a photo's credit, and an acronym acting in
the English perfect. Every sentence and name here is INVENTED (acronyms are shapes only)."""

from __future__ import annotations

from test_real_failures import texts

from pipeline.nlp.person_names import titled_persons_name


def test_the_un_as_its_clauses_subject():
    assert texts("Partners were reminded that the UN still recognizes ten states in Zorgoland.", "ORG") == ["UN"]
    assert texts("“The UN is in full support of your plan,” she said.", "ORG") == ["UN"]
    assert texts("The governor thanked the UN and other humanitarian partners for their help.", "ORG") == ["UN"]
    assert texts("For the time being UN is not authorized to travel to Bilo.", "ORG") == ["UN"]


def test_the_un_qualifying_a_noun_stays_out():
    for text in ("The meeting, attended by UN representatives, was held in Bilo.",
                 "UN and donor officials visited the site.", "UN staff can be expected soon.",
                 "LAISSER UN COMMENTAIRE"):
        assert "UN" not in texts(text, "ORG"), text


def test_a_titled_persons_name_is_no_body():
    words = {"directorate", "secretariat", "assembly"}
    unknown = lambda word: word.lower() in {"general", "assembly", "hospital", "secretariat"}  # noqa: E731
    assert titled_persons_name("Army General Zanko Tirabo of Zorgoland".split(), words, unknown)
    assert titled_persons_name("Dr Awa Kalimbo".split(), words, unknown)
    assert not titled_persons_name("General Assembly".split(), words, unknown)
    assert not titled_persons_name("General Hospital".split(), words, unknown)
    assert not titled_persons_name("ZOC General Secretariat".split(), words, unknown)
    found = texts("The three heads of state: Army General Zanko Tirabo of Zorgoland and Army General Kalo "
                  "Bemba of Bilonia.", "ORG")
    assert not any("General" in name for name in found)


def test_a_union_of_states_by_its_head():
    found = texts("Leaders from the Confederation of Zorgo States (CZS) met in Bilo. The CZS chair spoke.", "ORG")
    assert found[0] == "Confederation of Zorgo States" and found.count("CZS") == 2


def test_a_plural_list_of_ministries_names_its_first():
    assert texts("Les secrétaires généraux des ministères de l’Agriculture, de la Pêche et du Genre étaient là.",
                 "ORG") == ["ministères de l’Agriculture"]
    assert texts("Les représentants des Ministères de la Santé et de l'Éducation ont participé.", "ORG") == [
        "Ministères de la Santé"]


def test_and_inside_a_coordination_bodys_name():
    assert "Zorgo Communication and Engagement Working Group" in texts(
        "4. Zorgo Communication and Engagement Working Group_ Call for Participation", "ORG")
    assert texts("The Site Planning and Coordination Working Group (SPCWG) met in Bilo.", "ORG")[0] == \
        "Site Planning and Coordination Working Group"
    # a list of sectors before the head names its last one only
    assert "Zorg, Wash and Nutrition Working Group" not in texts("The Zorg, Wash and Nutrition Working Group met.", "ORG")


def test_a_defined_acronym_glued_to_a_bodys_acronym():
    text = ("The United Nations (UN) has pledged support. A delegation of the United Nations Office for the "
            "Coordination of Humanitarian Affairs (UN-OCHA) visited Bilo.")
    assert texts(text, "ORG").count("UN") == 1


def test_a_photos_credit_names_its_agency():
    assert texts("Families in the camp of Bilo. ©ZORCR/Amadou Kalimbo, June 2021.", "ORG") == ["ZORCR"]
    assert texts("Displaced families in Bilo. © ZNHCR/F.Zorgo", "ORG") == ["ZNHCR"]
    assert texts("Les autorités à l'aérodrome (ph. Kalimbo/Zorap) de Bilo.", "ORG") == ["Zorap"]


def test_an_acronym_acting_in_the_english_perfect():
    assert texts("Food arrived in Bilo. ZRS has restarted operations in the north.", "ORG") == ["ZRS"]
    assert texts("The report was shared. ZHCR has already distributed tents.", "ORG") == ["ZHCR"]
    assert "ZRC" not in texts("Refugees could not return to ZRC had expired.", "ORG")
    assert texts("The lean season came. SAM has increased among children.", "ORG") == []  # a condition counted
