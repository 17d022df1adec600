"""Numbers as minutes write them, with their spans: "3 100" (with a space, a no-break space or a
narrow no-break space), "3.100", "4,250" in English, "1,2 million" (and "1.5 million"), "700000",
"onze (11)", "une centaine" (about 100), "820K" and "1.3M".

Pure functions over a string. What is *not* a count (dates, years, times, percentages, phone
numbers, ordinals, codes) is left to the caller, which sees the words around each number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from text_to_num import text2num

from pipeline.reference import Reference
from pipeline.textnorm import alternation, fold

_SPACE = "[ \u00a0\u202f]"
#: what may group a number's thousands besides a space: a Swiss-style apostrophe ("407’000 enfants")
_GROUP = "[ \u00a0\u202f’']"
#: the digit patterns below start after a slash only when a word precedes it ("ménages/2 700
#: personnes"), never inside a date or a ratio ("12/03", "3/4")
#: a comma glued to the word before it ("camerounaise,105 ménages": a space lost in extraction) does not
#: keep a number from starting; after a digit it is a thousands' or a decimal separator
#: "1.5 million" / "1,2 million": before a multiplier a separator and one or two digits are a decimal
_BEFORE_MULTIPLIER = r"\d+[.,]\d{1,2}(?=\s*(?i:millions?|milliards?|billions?)\b)"
#: thousands grouped by a dot and a space in one number ("plus de 2.000 000 de réfugiés", "2 500.000"):
#: one number, its dots no decimal point (the two digit patterns would read "1.000" and "000" apart)
_MIXED_GROUPS = (rf"\d{{1,3}}(?:\.\d{{3}}|{_SPACE}\d{{3}})*(?:\.\d{{3}}{_SPACE}\d{{3}}|{_SPACE}\d{{3}}\.\d{{3}})"
                 rf"(?:\.\d{{3}}|{_SPACE}\d{{3}})*(?![.,’']?\d)")
_DIGITS = {
    "fr": re.compile(rf"(?<![\w.])(?<!(?<![^\W\d_]),)(?<!\d/)(?<!(?<!\d)-)({_BEFORE_MULTIPLIER}|{_MIXED_GROUPS}|\d{{1,3}}(?:{_GROUP}\d{{3}})+(?:,\d+)?(?![’']?\d)|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?(?![.,]?\d)|\d{{1,3}}(?:,\d{{3}}){{2,}}(?:\.\d+)?(?![.,]?\d)|\d+(?:,\d+)?)(?![\w/])"),  # noqa: E501 (one number pattern)
    "en": re.compile(rf"(?<![\w.])(?<!(?<![^\W\d_]),)(?<!\d/)(?<!(?<!\d)-)({_BEFORE_MULTIPLIER}|{_MIXED_GROUPS}|\d{{1,3}}(?:{_GROUP}\d{{3}})+(?:\.\d+)?(?![’']?\d)|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![.,]?\d)|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d+)?(?![.,]?\d)|\d+(?:\.\d+)?)(?![\w/])"),  # noqa: E501 (one number pattern)
}
#: a number with both separators, thousands grouped by one and the decimals after the other
#: ("USD 12,500.50", "1.234,50 euros"): whatever the text's language, the last separator is the decimal one
_GROUPED_DECIMAL = re.compile(r"(\d{1,3}(?:([.,])\d{3})+)(?!\2)[.,](\d+)")
_MULTIPLIER = re.compile(r"\s*(millions?|milliards?|billions?|mille|thousands?)\b", re.IGNORECASE)
_COUNT_WORDS = {"un": 1, "une": 1, "a": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
                "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
_COUNT_WORD = re.compile(r"\b(" + "|".join(_COUNT_WORDS) + r")\s+([^\W\d_]+)\b", re.IGNORECASE)
#: "un million de personnes", "one million people", "a billion": one of a scale word, which the
#: word patterns (where "un" / "one" only join a compound) do not read
_ONE_SCALE = re.compile(r"\b(?:un|one|a)\s+(million|milliard|billion)\b", re.IGNORECASE)
#: "half a million people", "un demi-million de personnes" (half of the scale word), "one and a half
#: million", "un million et demi" (one and a half of it): read before "a million" / "un million"
_HALF_SCALE = re.compile(r"\b(?:(half\s+an?|an?\s+half|un\s+demi)[\s-]*|(?:one|a)\s+and\s+a\s+half\s+)"
                         r"(million|milliard|billion)\b", re.IGNORECASE)
_MULTIPLIERS = {"million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000,
                "billion": 1_000_000_000, "billions": 1_000_000_000, "mille": 1000, "thousand": 1000, "thousands": 1000}
#: "820K", "1.3M", "4M", "1.3 M", "12k": key figures of infographics and dashboards, a K or M
#: glued on or after one space (a capital M only: "3 m" is metres; not "M." as in "M. Diallo")
_SUFFIXED = re.compile(r"(?<![\w.,/])(\d{1,3}(?:[.,]\d{1,2})?)(?:([KM])(?![\w/])|[ \u00a0]([KM])(?![\w/]|\.[ \t]?[A-Z])|(k)(?![\w/]))")
_SUFFIXES = {"K": 1_000, "k": 1_000, "M": 1_000_000}
#: "2.7million", "3,5millions": a scale word a flattened key-figure block glued to its number (the digit
#: patterns want a word boundary after a number)
_GLUED_SCALE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:[.,]\d{1,2})?)(millions?|milliards?|billions?)\b", re.IGNORECASE)
#: an amount's scale abbreviated, a currency before it or right after the scale: "€3.5m", "US$1.2bn", "USD337M",
#: "₦150m", "3,5 M€", "2,5 Mds FCFA" (lower-case "m" and "mn" only beside a currency: "15mn" is minutes, "3 m" metres)
_MONEY_SCALES = {"k": 1_000, "K": 1_000, "m": 1_000_000, "mn": 1_000_000, "M": 1_000_000, "b": 1_000_000_000,
                 "bn": 1_000_000_000, "Md": 1_000_000_000, "Mds": 1_000_000_000, "Mrd": 1_000_000_000,
                 "Mrds": 1_000_000_000}
_MONEY_SCALE = "(bn|mn|Mds|Mrds|Mrd|Md|m|b|M|k|K)"
_MONEY_SUFFIXED = re.compile(
    r"(?:[$€£₦¥]|(?<![^\W\d_])(?:US\$|USD|EUR|GBP|CHF|FCFA|CFA))[ \u00a0]?(\d{1,3}(?:[.,]\d{1,2})?)[ \u00a0]?"
    + _MONEY_SCALE + r"(?![\w/])"
    r"|(?<![\w.,/])(\d{1,3}(?:[.,]\d{1,2})?)[ \u00a0]?" + _MONEY_SCALE
    + r"[ \u00a0]?(?=[$€£]|(?:USD|EUR|FCFA|CFA|XOF|XAF|US\$|de\s+(?:dollars|FCFA|francs|USD))(?![^\W\d_]))")
#: "383, 596 returnees", "USD 62, 799,052": a thousands comma a PDF export put a space after; never
#: inside a list of numbers ("12, 345, 678", "2, 300 and 400"). The one spaced comma may be any of
#: the amount's ("USD 111,134, 636": its last group pushed on by a line break)
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,/])(?<!\d,\s)(\d{1,3}(?:,\d{3})*,[ \u00a0]\d{3}(?:,\d{3})*)"
                               r"(?![\w/]|[.,]?\d|\s*,\s*\d|\s+(?:and|et|or|ou)\s+\d)")
#: years listed with a comma and no space ("les vagues de 2017,2018 et 2019"), which the digit patterns
#: would read as one decimal number: no number at all
_GLUED_YEARS = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?:,(?:19|20)\d\d)+(?![\w.,]?\d)")
#: a word that makes the scale word after it no number: "several thousand people", "a few hundred",
#: "quelques mille" say an order of magnitude, not a count
_VAGUE_BEFORE = re.compile(r"(?<![^\W\d_])(?:several|few|many|plusieurs|quelques)\s+$", re.IGNORECASE)
_SCALE_WORDS = frozenset({"hundred", "thousand", "cent", "mille"})
_RESTATED = re.compile(r"\s*\((\d[\d \u00a0\u202f.,]*)\)")
#: ISO 4217 codes written glued to an amount too ("USD800,000"): the region's and the dollar's and
#: euro's, not the donors' others, "SDG4" being a goal's number
GLUED_CURRENCY_CODES = r"US\$|USD|EUR|FCFA|CFA|XOF|XAF|NGN"
#: ISO 4217 codes of the region's currencies and of the donors' (a code before an amount: "GBP 249,700")
CURRENCY_CODES = GLUED_CURRENCY_CODES + r"|GBP|CHF|CAD|AUD|JPY|CNY|SEK|NOK|DKK|ZAR|CDF|SSP|SDG|GHS|MRU|MRO|GNF|KES|UGX|ETB|RWF|BIF"
#: a currency code glued to the amount after it ("USD800,000", "FCFA1500000"), which the digit
#: patterns, wanting no letter before a number, would not read
#: the naira's "N" too, before an amount only ("N150 million", "N25,000"; not "N1", a road or a number)
_GLUED_CURRENCY = re.compile(rf"(?<![^\W\d_])(?:{GLUED_CURRENCY_CODES}"
                             r"|N(?=\d{1,3}(?:\.\d+)?\s*(?:million|billion|trillion)\b|\d{1,3}(?:,\d{3})+(?![\d.,]?\d)))(?=\d)")


@dataclass(frozen=True)
class NumberMention:
    """A number in a text: where it is and what it is worth."""

    start: int
    end: int
    value: float
    written_in_words: bool = False
    approximate: bool = False  # "une centaine": about 100

    @property
    def is_integer(self) -> bool:
        return float(self.value).is_integer()


def _word_number_patterns(reference: Reference) -> dict[str, re.Pattern[str]]:
    """Per language, numbers written in words ("dix-sept", "vingt et un", "forty-two")."""
    patterns = {}
    for language, words in reference.number_words.items():
        joiners = alternation(words + ("un", "une", "one"))
        # "vingt et un"; "three hundred and fifty" (an English "and" only after hundred or thousand)
        patterns[language] = re.compile(rf"\b(?:{alternation(words)})(?:[- ](?:et[- ]|(?:(?<=hundred )|(?<=thousand ))and[ ])?"
                                        rf"(?:{joiners}))*\b", re.IGNORECASE)
    return patterns


def collective_numbers(text: str, reference: Reference) -> list[NumberMention]:
    """"une centaine", "deux milliers", "a dozen": approximate numbers from a count word and a
    collective noun; "des centaines" (no count word) is no number."""
    found = []
    for match in _COUNT_WORD.finditer(text):
        noun = fold(match.group(2))
        numerals = reference.collective_numerals
        base = numerals.get(noun[:-1] if noun.endswith("s") and noun[:-1] in numerals else noun)
        if base is None:
            continue
        count = _COUNT_WORDS[match.group(1).lower()]
        found.append(NumberMention(match.start(), match.end(), float(count * base), written_in_words=True, approximate=True))
    return found


def number_in_digits_or_words(written: str) -> Optional[int]:
    """A whole number written in digits or in the words of either language ("12", "deux", "Three",
    "une"); else None. For the small counts of ratios and delays, where the language is not known."""
    if written.isdigit():
        return int(written)
    for language in ("fr", "en"):
        try:
            return int(text2num(written.lower(), language))
        except ValueError:
            continue
    return None


def parse_digits(text: str, language: str, before_multiplier: bool = False) -> Optional[float]:
    """The value of a number written with digits, French or English conventions. Three digits
    after one separator are thousands ("1,845 personnes" in French, "294.756 refugees" in an
    English text written with French habits), except before a multiplier: "1,500 million" in
    French and "1.500 million" in English are one and a half million."""
    if re.fullmatch(_MIXED_GROUPS, text):  # "2.000 000": dots and spaces both group thousands
        return float(re.sub(r"\D", "", text))
    compact = re.sub(_GROUP, "", text)
    grouped_decimal = _GROUPED_DECIMAL.fullmatch(compact)
    if grouped_decimal:  # "12,500.50", "1.234,50": the last separator the decimal one, the other thousands
        return float(grouped_decimal.group(1).replace(grouped_decimal.group(2), "") + "." + grouped_decimal.group(3))
    if before_multiplier and re.fullmatch(r"\d+[.,]\d{1,2}", compact):
        return float(compact.replace(",", "."))  # "US$ 23,45 million" in English too: a decimal comma
    if language == "fr":
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", compact):
            compact = compact.replace(".", "")
        if re.fullmatch(r"\d{1,3}(,\d{3})+", compact) and not (before_multiplier and compact.count(",") == 1):
            compact = compact.replace(",", "")  # "1,845 personnes", "88,175": a count's thousands, not decimals
        compact = compact.replace(",", ".")
    else:
        if re.fullmatch(r"[1-9]\d{0,2}(\.\d{3})+", compact) and not (before_multiplier and compact.count(".") == 1):
            compact = compact.replace(".", "")
        compact = compact.replace(",", "")
    try:
        return float(compact)
    except ValueError:
        return None


def with_multiplier(text: str, end: int, value: float) -> tuple[float, int]:
    """A multiplier after a number, in digits or in words ("1,2 million", "three million"): the
    value times it, and the end after it. The product is rounded to what the decimals can say:
    4.1 × 1 000 000 is 4 099 999.9999999995 in floating point, which read as a fraction (a rate)."""
    multiplier = _MULTIPLIER.match(text, end)
    if not multiplier:
        return value, end
    return round(value * _MULTIPLIERS[multiplier.group(1).lower()], 6), multiplier.end()


#: the rest of a number a scale word cut in two: "2 millions 300 000" (a space only between them,
#: the rest grouped in thousands, so "2 millions, 300 000" stays two numbers)
_REMAINDER = re.compile(rf"[ \u00a0]+(\d{{1,3}}(?:{_GROUP}\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+)(?![\w/]|[.,]?\d)")


def with_remainder(text: str, end: int, value: float, language: str) -> tuple[float, int]:
    """"2 millions 300 000 déplacés": a number written after its millions in digits adds to them
    (2 300 000), when it is below the scale the millions give."""
    scale = re.search(r"(millions?|milliards?|billions?)$", text[max(0, end - 9):end], re.IGNORECASE)
    remainder = _REMAINDER.match(text, end) if scale else None
    if not remainder:
        return value, end
    rest = parse_digits(remainder.group(1), language)
    if rest is None or rest >= _MULTIPLIERS[scale.group(1).lower()]:
        return value, end
    return value + rest, remainder.end()


def vague_scale(text: str, match: re.Match) -> bool:
    """"Several thousand people": a scale word alone after a vague quantifier is no number."""
    start = match.start()
    return match.group().lower() in _SCALE_WORDS and bool(_VAGUE_BEFORE.search(text, max(0, start - 20), start))


def currency_glued_before(text: str, position: int) -> bool:
    """A currency code glued to the number at ``position`` ("N150 million", "USD800,000")."""
    matches = (_GLUED_CURRENCY.match(text, start) for start in range(max(0, position - 4), position))
    return any(match is not None and match.end() == position for match in matches)


def unglued_currency(text: str) -> str:
    """``text`` with a currency code glued to its amount blanked out, each offset kept."""
    return _GLUED_CURRENCY.sub(lambda match: " " * len(match.group()), text)


def find_numbers(text: str, language: str, reference: Reference) -> list[NumberMention]:
    """Every number in ``text``; "onze (11)" is one mention, "1,2 million" is 1 200 000."""
    language = language if language in _DIGITS else "fr"
    found: list[NumberMention] = collective_numbers(text, reference)
    taken: list[tuple[int, int]] = [(n.start, n.end) for n in found]
    taken += [(match.start(), match.end()) for match in _GLUED_YEARS.finditer(text)]
    for match in _HALF_SCALE.finditer(text):
        share = 0.5 if match.group(1) else 1.5
        found.append(NumberMention(match.start(), match.end(), share * _MULTIPLIERS[match.group(2).lower()],
                                   written_in_words=True))
        taken.append((match.start(), match.end()))
    for match in _ONE_SCALE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        tail = re.match(r"\s+et\s+demi\b", text[match.end():], re.IGNORECASE)
        if tail:  # "un million et demi de personnes": one and a half million
            found.append(NumberMention(match.start(), match.end() + tail.end(),
                                       1.5 * _MULTIPLIERS[match.group(1).lower()], written_in_words=True))
            taken.append((match.start(), match.end() + tail.end()))
            continue
        found.append(NumberMention(match.start(), match.end(), float(_MULTIPLIERS[match.group(1).lower()]),
                                   written_in_words=True))
        taken.append((match.start(), match.end()))
    words = reference.derived("numbers.words", _word_number_patterns).get(language)
    for match in words.finditer(text) if words else ():
        if any(s <= match.start() < e for s, e in taken):
            continue
        if match.group().lower() in ("cent", "cents") and text[:match.start()].rstrip().lower().endswith("pour"):
            continue  # "30 pour cent": a percentage, not a hundred
        if vague_scale(text, match):
            continue
        try:
            value = text2num(match.group().lower(), language)
        except ValueError:
            continue
        end = match.end()
        restated = _RESTATED.match(text, end)
        if restated and parse_digits(restated.group(1).strip(), language) == value:
            end = restated.end()
        value, end = with_multiplier(text, end, float(value))
        restated = _RESTATED.match(text, end) if end > match.end() else None
        if restated and parse_digits(restated.group(1).strip(), language) == value:
            end = restated.end()  # "vingt-cinq millions (25 000 000) de francs": the digits restate the words
        found.append(NumberMention(match.start(), end, value, written_in_words=True))
        taken.append((match.start(), end))
    for match in _MONEY_SUFFIXED.finditer(text):
        digits, scale = (1, 2) if match.group(1) else (3, 4)
        value = float(match.group(digits).replace(",", ".")) * _MONEY_SCALES[match.group(scale)]
        found.append(NumberMention(match.start(digits), match.end(scale), round(value)))
        taken.append((match.start(digits), match.end(scale)))
    for match in _GLUED_SCALE.finditer(text):
        if not any(s <= match.start() < e for s, e in taken):
            value = float(match.group(1).replace(",", ".")) * _MULTIPLIERS[match.group(2).lower()]
            found.append(NumberMention(match.start(), match.end(), round(value)))
            taken.append((match.start(), match.end()))
    for match in _SUFFIXED.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        suffix = match.group(2) or match.group(3) or match.group(4)
        value = float(match.group(1).replace(",", ".")) * _SUFFIXES[suffix]
        found.append(NumberMention(match.start(), match.end(), round(value)))
        taken.append((match.start(), match.end()))
    for match in _SPACED_THOUSANDS.finditer(text):
        if not any(s <= match.start() < e for s, e in taken):
            found.append(NumberMention(match.start(), match.end(), float(re.sub(r"\D", "", match.group(1)))))
            taken.append((match.start(), match.end()))
    for match in _DIGITS[language].finditer(unglued_currency(text)):
        if any(s <= match.start() < e for s, e in taken):
            continue
        value = parse_digits(match.group(1), language, before_multiplier=bool(_MULTIPLIER.match(text, match.end())))
        if value is None:
            continue
        value, end = with_multiplier(text, match.end(), value)
        value, end = with_remainder(text, end, value, language)
        found.append(NumberMention(match.start(), end, value))
        taken.append((match.start(), end))
    return restated_in_words(text, sorted(found, key=lambda n: n.start))


#: what may stand between a count in digits and the same count restated in words: spaces, or an
#: opening parenthesis the words close ("5 (five) children", "12 (douze) ménages")
_WORDS_GAP = re.compile(r"[ \t\u00a0]*(\(?)[ \t\u00a0]*")
_WORDS_CLOSE = re.compile(r"[ \t\u00a0]*\)")


def restated_in_words(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """"5 (five) children", "3 (trois) ménages", "under 2 two children" (a flattened layout's
    parentheses lost): a count in digits restated in words right after it is one number, as the
    words restated in digits are ("onze (11) ménages"); the words are no second count."""
    merged: list[NumberMention] = []
    for number in numbers:
        previous = merged[-1] if merged else None
        gap = _WORDS_GAP.fullmatch(text, previous.end, number.start) if previous is not None else None
        if gap is None or previous.written_in_words or not number.written_in_words or number.approximate \
                or number.value != previous.value:
            merged.append(number)
            continue
        end = number.end
        if gap.group(1):
            close = _WORDS_CLOSE.match(text, end)
            if close is None:
                merged.append(number)
                continue
            end = close.end()
        merged[-1] = NumberMention(previous.start, end, previous.value, approximate=previous.approximate)
    return merged
