"""Which responsible and deadline go with which action when a row lists fewer of them than actions.

Position alone cannot say which action has no value (seed 000's item 2: nine actions, seven
responsibles and deadlines), so values are placed by what the texts say: a responsible that
shares words with an action ("Sous cluster de protection de l'enfance" / "Consulter le
coordinateur du sous cluster protection de l'enfance"), and an action that names another actor
itself ("Les organisations en charge de la réponse devront…") is unlikely to be the one a
different responsible goes with. Values keep their order (the columns are parallel lists), and a
value is attached only when every best placement puts it on the same action: where the texts
give no evidence, the value stays unattached rather than guessed.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from pipeline.reference import Reference
from pipeline.textnorm import alternation, fold, singular

#: evidence that an action names, as its actor, the responsible being placed (or another one)
SAME_ACTOR = 2.0
OTHER_ACTOR = -1.0
#: actor words of at most this many words before the verb count as the action's own actor
MAX_ACTOR_WORDS = 8
#: two placements closer than this in evidence are a tie
TIE = 1e-9


def _actor_pattern(reference: Reference) -> re.Pattern[str]:
    """Folded text: the actor's words, then one of the verbs of ``actor_verbs.csv``."""
    return re.compile(rf"^(?P<actor>(?:\S+ ){{1,{MAX_ACTOR_WORDS}}}?)(?:{alternation(reference.actor_verbs)})\b")


def content_words(text: str, reference: Reference) -> frozenset[str]:
    """Folded words that carry meaning, plural endings dropped ("Rapports" ~ "rapport")."""
    words = (singular(w) for w in fold(text).split())
    return frozenset(w for w in words if len(w) > 1 and w not in reference.stop_words)


def stated_actor(action: str, reference: Reference) -> Optional[frozenset[str]]:
    """Content words of the actor an action names before its verb, if it names one."""
    found = reference.derived("alignment.actor", _actor_pattern).match(fold(action))
    if not found:
        return None
    return content_words(found.group("actor"), reference) or None


def evidence(wanted: frozenset[str], action_words: frozenset[str], actor: Optional[frozenset[str]]) -> float:
    """How strongly the texts say a responsible (its content words ``wanted``) goes with an action
    (its content words, and the actor it names itself): negative means against."""
    if not wanted:
        return 0.0
    score = len(wanted & action_words) / len(wanted)
    if actor is not None:
        same = len(actor & wanted) / min(len(actor), len(wanted)) >= 0.5
        score += SAME_ACTOR if same else OTHER_ACTOR
    return score


def justified_placement(scores: Sequence[Sequence[float]]) -> list[Optional[int]]:
    """For each value (row of ``scores``), the action (column) every best order-keeping placement
    gives it, or None when best placements disagree. Needs no more values than actions."""
    m, n = len(scores), len(scores[0]) if scores else 0
    if m == 0 or m > n:
        return [None] * m
    lowest = float("-inf")
    # prefix[j][i]: best evidence for values < j placed among actions < i; suffix: values >= j among actions >= i
    prefix = [[0.0] * (n + 1)] + [[lowest] * (n + 1) for _ in range(m)]
    for j in range(1, m + 1):
        for i in range(j, n + 1):
            prefix[j][i] = max(prefix[j][i - 1], prefix[j - 1][i - 1] + scores[j - 1][i - 1])
    suffix = [[lowest] * (n + 2) for _ in range(m)] + [[0.0] * (n + 2)]
    for j in range(m - 1, -1, -1):
        for i in range(n - (m - j), -1, -1):
            suffix[j][i] = max(suffix[j][i + 1], scores[j][i] + suffix[j + 1][i + 1])
    best = prefix[m][n]
    placement: list[Optional[int]] = []
    for j in range(m):
        at = [i for i in range(n) if abs(prefix[j][i] + scores[j][i] + suffix[j + 1][i + 1] - best) <= TIE]
        placement.append(at[0] if len(at) == 1 else None)
    return placement


def place_by_evidence(actions: Sequence[str], responsibles: Sequence[str], reference: Reference) -> list[Optional[int]]:
    """Index of the responsible each action gets, or None, when there are fewer responsibles."""
    action_words = [content_words(a, reference) for a in actions]
    actors = [stated_actor(a, reference) for a in actions]
    wanted = [content_words(r, reference) for r in responsibles]
    placement = justified_placement([[evidence(w, words, actor) for words, actor in zip(action_words, actors)]
                                     for w in wanted])
    of_action: list[Optional[int]] = [None] * len(actions)
    for value, action in enumerate(placement):
        if action is not None:
            of_action[action] = value
    return of_action
