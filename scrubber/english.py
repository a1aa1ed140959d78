"""Is a word an ordinary English word? Names outside the census lists are found by being *not* one.

The dictionary comes from the `english-words` package (GCIDE headwords and the lower-case entries of Webster's
Second, so that proper nouns, which web2 writes capitalised, stay out), shipped as pickles: nothing is fetched.
Inflected forms are reduced by a few suffix rules; police abbreviations, contractions written without the
apostrophe and the scrubber's own vocabulary lists count as English, so they never look like names.
"""

from __future__ import annotations

from functools import cache

from scrubber.lexicon import (
    CIVIL_TITLES,
    EQUIPMENT_WORDS,
    MONTHS,
    NOT_NAMES,
    OFFICER_TITLES,
    OTHER_TITLES,
    PERSON_CUES,
    STATE_ABBREVIATIONS,
    SUSPECT_CUES,
    US_STATES,
    WEEKDAYS,
    known_names,
    words,
)

# Abbreviations, slang and run-together contractions that officers write and no dictionary holds.
JARGON = words("""
    monoxide detector detectors responder rwy twy intox hazmat
    ofc sgt dep tpr cpl lt capt det insp approx mph hrs hr min mins sec secs ft yds yd lbs in rp ro r/o s/o
    dui dwi owi dv ois lpr hrvs ncic nlets mdt mdc bwc bodycam dashcam ems cad swat sro fto oc k9 wpn wpns unk
    req reqd req'd arr resp susp subj pass drv drvr occ occs bkg cmds cmd mvmt mvmts veh vehs pt pts dob ssn dl
    vin lkr loc rpt inc ccn tac ert srt mff ppe lol idk tbh thru tho ur u ppl b4 w/ wanna gonna gotta kinda
    sorta yall y'all aint ain't dont didnt doesnt cant couldnt wouldnt shouldnt wont wasnt werent isnt arent
    hadnt hasnt havent im ive id ill youre theyre thats whats theres hes shes lets ok okay yeah nope yep
    angus hereford holstein
    rottweiler rottweilers pitbull pitbulls malinois doberman dobermans husky huskies airpods earbuds
    onscn onsc enrt enrte aos clr adv advd advs rcvd recvd xport
    afis iafis bvm ops standby airsoft methamphetamine amphetamine plexiglass plexiglas minivan minivans acl
    disp dispo dispt comms sfst sfsts hgn pbt til tl;dr fwiw tbd ftas fta prior priors hx w/o b/c bc cuz cos em 'em
    cops cop copper perps perp
    taser tased tasing tasered narcan naloxone glock sig ar ak shotgun rifle pistol revolver
    covid meth fentanyl heroin crack weed vape vapes vaping
    oxycodone oxy oxys oxycontin percocet percocets vicodin hydrocodone suboxone buprenorphine methadone xanax
    klonopin ativan valium adderall ambien ketamine pcp lsd mdma ecstasy molly xylazine tranq
    carfentanil gabapentin seroquel haldol geodon zyprexa insulin glucagon epinephrine epipen epi-pen
    albuterol nitroglycerin benadryl tylenol ibuprofen advil aspirin kratom spice k2 shrooms
    btw omg smh fyi imo asap irl lmao bruh bro dude homie yo nah ya yea naw ima finna tryna
    instagram facebook snapchat tiktok youtube twitter whatsapp google iphone android uber lyft venmo
    infiniti acura lexus hyundai kia nissan mazda subaru tesla volkswagen vw porsche jaguar maserati mitsubishi
    volvo genesis chevy dodge chrysler cadillac buick pontiac saturn suzuki kawasaki yamaha harley ducati
    smith wesson glock sig sauer beretta ruger taurus hellcat streamlight surefire kevlar tasers
    """)

_SUFFIXES = (("'s", ""), ("s'", ""), ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y"),
             ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("er", ""),
             ("er", "e"), ("ers", ""), ("ers", "e"), ("est", ""), ("ly", ""), ("n't", ""), ("nt", ""))


@cache
def dictionary() -> frozenset[str]:
    from english_words import get_english_words_set

    gcide = get_english_words_set(["gcide"], lower=True)
    web2 = {w for w in get_english_words_set(["web2"]) if w.islower()}
    ours = (NOT_NAMES | EQUIPMENT_WORDS | OFFICER_TITLES | CIVIL_TITLES | OTHER_TITLES | SUSPECT_CUES | PERSON_CUES
            | frozenset(MONTHS) | WEEKDAYS | frozenset(US_STATES) | {s.lower() for s in STATE_ABBREVIATIONS})
    return frozenset(gcide | web2 | ours | JARGON)


@cache
def is_english(word: str) -> bool:
    """True when `word` (any case) is a dictionary word or an inflection of one."""
    w = word.lower().strip(".,;:!?\"'()")
    if not w or not w.isascii():
        return bool(w) and w in dictionary()
    known = dictionary()
    if w in known:
        return True
    if "-" in w:
        return all(is_english(p) for p in w.split("-") if p)
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[: -len(suffix)] + repl
            if stem in known:
                return True
            # grabbed -> grab, running -> run
            if suffix in ("ed", "ing", "er", "est") and len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] in known:
                return True
    return False


# How often a word is written, on wordfreq's Zipf scale (shipped in the `wordfreq` package, read offline): 3 is
# about once in a million words. A dictionary knows "quemado" and "tunica"; a reader does not, and a town of
# that name is no ordinary word to them, as "Needles" (3.7) or "Chicken" (4.6) would be.
COMMON_ZIPF = 3.0
# An everyday word, about thirty times in a million words or more ("window", "central", "smith"): below it, a word
# such as "magnolia" (3.3), "hickey" (3.1) or "lew" (3.3) may well be a street's or a person's name where the text
# gives it that part.
EVERYDAY_ZIPF = 4.5


@cache
def common_word(word: str, zipf: float = COMMON_ZIPF) -> bool:
    """True when `word` is written often enough in English (`zipf` or more) to be read as an ordinary word."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower().strip(".,;:!?\"'()"), "en") >= zipf


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@cache
def _headwords() -> frozenset[str]:
    """GCIDE's headwords, lower case, letters only: loaded once for the misspelling and compound checks."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


@cache
def _typo_targets() -> frozenset[str]:
    """The words a misspelling is checked against: GCIDE headwords of six letters or more (web2 holds too many
    rare words that sit one letter away from a name)."""
    return frozenset(w for w in _headwords() if len(w) >= 6)


def drops_and_swaps(word: str) -> set[str]:
    """Every spelling one letter dropped or two neighbours swapped away from `word` ("grandaughter", "neice")."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}


@cache
def is_typo(word: str) -> bool:
    """One edit (a letter dropped, added, changed or two swapped) away from a dictionary word of six letters or
    more: "embarassing", "realy", "warrent" are misspellings, not names."""
    w = word.lower()
    if len(w) < 5 or not w.isascii() or not w.isalpha():
        return False
    targets = _typo_targets()
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    edits = drops_and_swaps(w)
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(w)
    return not edits.isdisjoint(targets)


@cache
def unknown_word(word: str) -> bool:
    """A word that looks like a name because no dictionary knows it: letters only (hyphens and apostrophes
    inside), at least three of them, not English and not a misspelling of English (unless a census name)."""
    bare = word.removesuffix("'s").removesuffix("'S")
    letters = bare.replace("-", "").replace("'", "")
    if len(letters) < 3 or not letters.isalpha() or is_english(bare):
        return False
    if any(c.isupper() for c in bare[1:]) and not bare.isupper() and "-" not in bare \
            and not bare.startswith(("Mc", "Mac", "O'", "D'")):
        return False  # "TVs", "iPhone": not written like a name
    if letters.lower().endswith("in") and is_english(letters + "g") and letters.lower() not in known_names():
        return False  # "leakin", "kneelin": the g dropped, as phone typing drops it (but "Martin", "Colin")
    return not is_typo(letters) or letters.lower() in known_names()


def _headword(part: str) -> bool:
    """A GCIDE headword, or one with a plural or past ending: the parts of a compound must be common words
    ("seat" + "belts"), not the rare ones Webster's Second also lists ("devon" + "tae")."""
    words_ = _headwords()
    return part in words_ or any(part.endswith(e) and part[: -len(e)] in words_ for e in ("s", "es", "ed", "ing"))


# Three-letter ends of compounds ("whiteout", "lightbar"); other short ends make names ("lash" + "awn").
_SHORT_TAILS = frozenset(("out", "bar", "way", "man", "men", "set", "off", "cap", "pad", "box", "bag", "car", "pen",
                          "nip", "top", "cut", "pit", "pot", "gun", "cam", "run"))
_PREFIXES = ("in", "on", "up", "re", "un", "pre", "over", "under", "out", "sub", "non", "mis", "counter", "semi",
             "multi")


@cache
def compound(word: str) -> bool:
    """Two English words run together, or a misspelling: "snowmachine", "storefronts", "seperated". Names are
    written so too ("Bellwood"), so this only holds back a word found by nothing but being unknown."""
    w = word.lower().removesuffix("'s")
    if not w.isalpha():
        return False
    stems = [w] + [w[: -len(suffix)] + repl for suffix, repl in _SUFFIXES
                   if w.endswith(suffix) and len(w) - len(suffix) >= 6]
    for stem in stems:
        if stem.startswith(_PREFIXES) and any(is_english(stem[len(p):]) for p in _PREFIXES if stem.startswith(p)
                                               and len(stem) - len(p) >= 4):
            return True  # "reholster", "unholstered", "overcorrected"
        for i in range(4, len(stem) - 2):
            tail = stem[i:]
            if _headword(stem[:i]) and _headword(tail) and (len(tail) >= 4 or tail in _SHORT_TAILS):
                return True
    return is_typo(w) or any(is_typo(stem) for stem in stems[1:])
