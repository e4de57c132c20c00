"""English word knowledge for the repairs: frequencies, a segmenter, sentence openers.

Frequencies come from ``wordfreq`` (Zipf scale: 7 is "the", 3 is a word seen
about once per million words, 0 is unknown).  Both ``wordfreq`` and
``wordninja`` read their word lists on first use, not at import, so building a
pipeline stays cheap; results are cached per word for the life of the process.
"""

from __future__ import annotations

from functools import lru_cache

#: Words that often open an English sentence or clause.  A lower-case word
#: glued after a full stop (``revenue.the``) is a lost sentence break when it
#: is one of these; content words after a dot are as likely to be code
#: (``user.name``) or a domain.
SENTENCE_OPENERS = frozenset(
    """
    a according after all also although among an and another any as at because before besides both but
    by currently during each even every finally first for from furthermore he her here his how however
    i if in instead it its last like many meanwhile more moreover most next no not now on one only other
    our overall previously recently second she since so some still such that the their then there
    therefore these they third this those though thus today under unlike we what when where while who
    why with yet you your
    """.split()
)

#: Openers that may end a glued heading (``intelligencethe``).  Short ones
#: (``in``, ``it``, ``as``) are left out: too many unknown tokens end in them.
HEADING_OPENERS = frozenset(
    """
    according after all although among both currently during each every however last many meanwhile
    more most our recently since some the their there these they this today unlike when while with
    """.split()
)

#: Function words: a heading does not end in one of these (``andthe`` is a typo, not a heading).
FUNCTION_WORDS = SENTENCE_OPENERS | frozenset(
    "about are be been being can could did do does had has have into is may might must of off onto or "
    "out over shall should than to too up upon very was were will would".split()
)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` in English (0.0 when unknown)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@lru_cache(maxsize=8192)
def segment(token: str) -> tuple[str, ...]:
    """The most probable split of a run of letters into English words (``wordninja``)."""
    import wordninja

    return tuple(wordninja.split(token))
