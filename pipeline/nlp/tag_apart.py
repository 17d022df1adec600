"""A document's fields tagged in two processes: about half of them (by characters) in a child
forked for them while the worker tags the others, when the run leaves a core idle (a run's only
document on a 2-core machine: the cold convert's critical path is this one document's tagging).

The fields are independent but for the countries the document is about, which all of them
together tell (``mentions.read_part``'s two steps): the child sends what its fields say of them
(``PlaceVotes``), is sent the document's countries back, and sends its fields' facts (plain
data, pickled). Each process reads its fields exactly as the worker alone would read them: the
same code (``read_part``), the same countries, so the same facts (a field's entities do not
depend on the fields batched with it: 168 documents' facts compared). Forked, the child has the
loaded pipeline at once (copy-on-write); it dies with its worker (killed for a timeout or the
memory cap), and a child that fails or dies leaves its fields to the worker, which reads them
itself (raising, if a field raises, what the worker alone would have raised).

Only where forking is safe: a process running one thread (``apart.can_read_apart``), as a
worker forked from the fork server is.
"""

from __future__ import annotations

import os
import pickle
import sys
from typing import BinaryIO

from pipeline.extract import apart
from pipeline.nlp.fields import FieldText
from pipeline.nlp.mentions import FieldFacts, read_part
from pipeline.trace import mark

#: a document of fewer characters of fields is tagged in one process: forking (~10 ms for a
#: loaded worker) and the copy-on-write faults after it cost more than half of a short text's tagging
MIN_CHARS = 4_000


def worth_a_helper(texts: list[FieldText]) -> bool:
    """Whether these fields are worth a second process, and one may be forked here."""
    return len(texts) >= 2 and sum(len(t.text) for t in texts) >= MIN_CHARS and apart.can_read_apart()


def halves(texts: list[FieldText]) -> tuple[list[int], list[int]]:
    """The fields' indices in two sets of about as many characters each, each in field order:
    the longest field first, to the child, then each to the lighter side (one long body and its
    short neighbours split better so than cut in two consecutive runs). The child's side is
    the heavier where they cannot be even: the worker also forks it and reads its answers."""
    mine, theirs = [], []
    load = [0, 0]
    for i in sorted(range(len(texts)), key=lambda i: (-len(texts[i].text), i)):
        side = 1 if load[1] <= load[0] else 0
        (theirs if side else mine).append(i)
        load[side] += len(texts[i].text)
    return sorted(mine), sorted(theirs)


def read_in_two(texts: list[FieldText], nlp, component, language: str, reference) -> dict[int, FieldFacts]:
    """Every field's facts by index: half of them (:func:`halves`) read here, the others in a forked child."""
    mine, theirs = halves(texts)
    sys.stdout.flush()
    sys.stderr.flush()
    up_read, up_write = os.pipe()  # child -> worker: its votes, then its facts
    down_read, down_write = os.pipe()  # worker -> child: the document's countries
    worker = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(up_read)
        os.close(down_write)
        _child(up_write, down_read, worker, texts, theirs, nlp, component, language, reference)
    os.close(up_write)
    os.close(down_read)
    mark("document: tagging helper forked")
    try:
        with os.fdopen(up_read, "rb") as up, os.fdopen(down_write, "wb", buffering=0) as down:
            part = read_part(texts, mine, nlp, component, language, reference)
            votes = next(part)
            their_votes = _answer(up)
            late = None  # the child's fields, read here when the child failed
            if their_votes is None:
                late = read_part(texts, theirs, nlp, component, language, reference)
                their_votes = next(late)
            votes.add(their_votes)
            preferred = votes.preferred()  # the countries the document is about
            if late is None:
                _send(down, preferred)
            read = part.send(preferred)
            theirs_read = late.send(preferred) if late is not None else _answer(up)
            mark("document: helper's fields received")
    finally:
        os.waitpid(pid, 0)  # the child leaves once answered, or at the end of its pipes
    if theirs_read is None:  # the child failed after its votes: its fields read here
        late = read_part(texts, theirs, nlp, component, language, reference)
        next(late)
        theirs_read = late.send(preferred)
    read.update(theirs_read)
    return read


def _answer(pipe: BinaryIO):
    """The child's next message, or None when it has none (it failed or died)."""
    try:
        ok, value = pickle.load(pipe)
    except Exception:  # EOF: the child died; anything else: a message cut short
        return None
    return value if ok else None


def _send(pipe: BinaryIO, value) -> None:
    """``value`` pickled into an unbuffered pipe (nothing left to flush at its close when the
    other end has gone: the other end's failure is read from its own answer, or its absence)."""
    data = memoryview(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    try:
        while data:
            data = data[pipe.write(data):]
    except OSError:  # the other end has gone (a broken pipe)
        pass


def _child(up_write: int, down_read: int, worker: int, texts, indices, nlp, component, language, reference) -> None:
    """Read the fields at ``indices`` in the two steps, answering ``(True, value)`` at each, or
    ``(False, None)`` when reading failed (the worker then reads them); leave at once."""
    with apart.forked_child(worker), os.fdopen(up_write, "wb", buffering=0) as up, os.fdopen(down_read, "rb") as down:
        try:
            part = read_part(texts, indices, nlp, component, language, reference)
            _send(up, (True, next(part)))
            preferred = pickle.load(down)
            _send(up, (True, part.send(preferred)))
            mark("document: tagging helper done")
        except Exception:  # the worker reads these fields itself, and raises what they raise
            _send(up, (False, None))
