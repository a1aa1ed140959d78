"""Outside corpora written from corpus/SPEC.md by authors who never saw the recognizers (2026-11-29).

Three had one emphasis each: `third` people's names (many origins, names that are English words, Plains
surnames, nicknames), `fourth` places, agencies and numbers from small and rural places, `fifth` fifty different
writers (date and time formats, radio traffic, gear brands that must be kept). Scored before any fix, with the
scrubber as it stood, they gave 92.05%, 90.60% and 92.72% recall (keep 98.44%, 98.74%, 97.03%): the honest
measure of how the scrubber generalised then. The fourth, `sixth`, written evenly to the SPEC after the first
round of fixes, scored 93.00% with the scrubber as it stood at the start of the day and 94.13% after that round
(keep 98.86%): the fixes generalised less than their own corpora suggested. The fifth, `seventh`, also written
evenly to the SPEC and scored only after the second round: 93.36% at the start of the day, 95.72% then (PERSON
100%, ID 92.86%, AGENCY 89.83%, PLACE 92.00%; keep 97.74% -> 98.49%). The sixth, `eighth`, written the same
way and scored only after every fix of the day, gave 91.50% (keep 99.37%): nothing has been changed for it yet,
so its floor is that first score, the honest measure of where generalisation stands.

Three more were written on 2026-11-29 (second session), each scored once before anything was changed for it:
`ninth` (evenly to the SPEC) 93.94%, `eleventh` (messy CAD text, lower case, radio traffic) 90.38%, and `tenth`
(small agencies, names as officers really give them), scored last, after every fix of that session: 93.02%
(PERSON 98.50%, ID 80.00%; keep 99.16%). `eighth`, `ninth` and `eleventh` have since been tuned on; `tenth` is
kept untouched, with its first score as its floor.

The fixes they led to are general (cue words, sub-units, place shapes, time ranges, names completed from their
pieces), never a narrative's own words; the floors below are what the scrubber reaches on them now, so a change
that loses ground fails here. Misses still left: Plains names mentioned alone in ALL CAPS, places that are
ordinary words ("Man", "Wounded Knee"), hospitals and schools by initials, door numbers without a cue, call
signs in quoted radio traffic with no keyword.

Sixteen more were written on 2026-11-29 (third session), when the scrubber gained a NER trained on these
corpora (scrubber/training.py). `twelfth`, `thirteenth` and `twentyseventh` are held out of its training
(training.HELD_OUT, with `tenth`) and of tuning. `fourteenth` to `twentysixth` were each scored once on arrival,
then trained on; the README lists those first scores.

Seventeen more were written on 2026-11-29 (fourth session), each stressing one style: radio and CAD traffic,
phone-typed lower case, identifiers inside numbers, agencies and their sub-units, ALL CAPS corrections and patrol,
names that are English words, rural and wilderness places, forms and logs. `thirtythird`, written evenly to the
SPEC, is held out; the other sixteen were scored once on arrival and then trained on.

Sixteen more were written on 2026-11-29 (fifth session), `fortyfifth` to `sixtieth`, half evenly to the SPEC and
half stressing one setting (corrections and courts, transit and campus, radio traffic, nicknames and local place
names, forms and logs, specialised units, names that are English words). Each was scored once on arrival with
the scrubber as the session found it (96.25% over all sixteen; README). `fortyninth` and `fiftyseventh`, both
written evenly to the SPEC, are held out; the other fourteen are trained on. No leak of a held-out corpus was read
to write a rule.

Fourteen more were written on 2026-11-29 (sixth session), `sixtyfirst` to `seventyfourth`, four evenly to the SPEC
and ten stressing one setting (rural, big city, radio with spoken unit numbers, people, form and case, highways,
the West, the Northeast and Midwest, the South, local names without cues). Each was scored once on arrival with
the scrubber as the session found it (`f24511b`; README). `sixtyninth` and `seventieth`, written evenly to the
SPEC, are held out, their leaks unread; the other twelve are trained on. Ten more, `seventyfifth` to
`eightyfourth`, were written the same day and held out unread, to make the unseen measure steadier: fifteen
corpora, then nineteen.

Sixteen more were written in the eighth session, each scored once on arrival with `a7cd0cf` (README).
`eightyfifth` to `ninetysecond` (one setting each) were read for rules and are in training, not yet trained on
(training.NOT_YET_TRAINED); `ninetythird` to `hundredth` were written to choose between two retrained models and
are held out unread.

Four more were written in the ninth session, `hundredfirst` to `hundredfourth` (phone-typed casual writing, radio
with spoken call signs, rural local names, ALL CAPS CAD and jail logs), scored once on arrival with `b0a4646`
(README), then read for rules; they are in training, not yet trained on. In that session a second identifier model
was shipped beside the first (training.SHIPPED_STARTS), and every floor below was re-based on the pair. Four more,
`hundredfifth` to `hundredeighth`, written evenly to the SPEC after the pair was chosen, are held out unread: scored
once, with the pair (98.22%) and with the first model alone (97.84%).

Six more were written in the tenth session. `hundredninth` to `hundredtwelfth` (phone-typed casual writing, jails
and courts, rural and highway, evenly to the SPEC) were scored once on arrival with `6f5a927` (README) and read for
rules. `hundredthirteenth` and `hundredfourteenth`, written evenly to the SPEC before the models were retrained, are
held out unread, to judge the retraining. The second model was then retrained on all 83 training corpora and
shipped in place of the old one; the first was retrained too and not shipped (README). Every floor below was
re-based on that pair: 58 raised, 7 lowered by 0.005 to 0.01 where the new second model finds a little less than
the old one did (eightythird, eightyfourth, thirteenth, ninetysixth held out; fiftieth, twentyfirst trained on).

Twelve more were written in the eleventh session, each scored once on arrival (README). `hundredfifteenth` to
`hundredtwentieth` (phone-typed casual, chat, places that are words or names, ALL CAPS CAD, evenly to the SPEC,
dictated voice-to-text), `hundredtwentyfifth` (phone-typed casual) and `hundredtwentysixth` (specialised settings)
were read for rules; `hundredtwentyfirst` to `hundredtwentyfourth`, written evenly to the SPEC, are held out unread.
The models were made readier to mark an identifier (identifier_model.ENTITY_BIAS), which scrubs a few more
ordinary words: every floor below was re-based on the session's final scrubber, and where a keep floor went down
it is by what that trade cost.

Nine more were written in the twelfth session, each scored once on arrival (README): `hundredtwentyseventh` to
`hundredthirtieth` and `hundredthirtythird` to `hundredthirtyfifth` (phone-typed casual, casual mixed case, rural,
corrections and transit, short casual notes, dictated, group chat) were read for rules; `hundredthirtyfirst` and
`hundredthirtysecond`, written evenly to the SPEC, are held out unread. Three held-out keep floors went down by
0.005, one KEEP span each lost to the session's rules (unread)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrubber import Scrubber
from scrubber.evaluate import evaluate, format_report, load_corpus
from tests.scrubber.helpers import assert_scrubbed

CORPORA = Path(__file__).parent / "corpus"
# The floors of every outside corpus, the two older ones (outside_authors, second) included; the dev corpus has its
# own test, since it lives outside the repo.
FLOORS = {
    # corpus: (overall recall, PERSON recall, ID recall, keep rate)
    "outside_authors.jsonl": (0.99, 0.99, 0.99, 0.99),
    "second_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "third_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fourth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fifth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "sixth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "seventh_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "eighth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "ninth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "eleventh_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    # held out of the models' training and of tuning (training.HELD_OUT): just under their scores with the two
    # shipped models (trained on 3,088 and 3,448 narratives). Their first scores: tenth 93.02% (rules alone),
    # twelfth 97.56% and thirteenth 93.44% (the model trained on 973 narratives), twentyseventh 96.65% and
    # thirtythird 95.95% (the model trained on 1,198), fortyninth 98.00% and fiftyseventh 93.69% (the model
    # trained on 1,918), sixtyninth 97.95% and seventieth 99.18% (on 2,548, f24511b), the ten from seventyfifth
    # on: README
    "tenth_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "twelfth_outside.jsonl": (0.99, 0.99, 0.99, 0.98),
    "thirteenth_outside.jsonl": (0.99, 0.99, 0.99, 0.96),
    "twentyseventh_outside.jsonl": (0.99, 0.99, 0.99, 0.97),
    "thirtythird_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "fortyninth_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "fiftyseventh_outside.jsonl": (0.97, 0.99, 0.98, 0.99),
    "sixtyninth_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "seventieth_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "seventyfifth_outside.jsonl": (0.99, 0.99, 0.98, 0.99),
    "seventysixth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "seventyseventh_outside.jsonl": (0.98, 0.99, 0.99, 0.99),
    "seventyeighth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "seventyninth_outside.jsonl": (0.92, 0.99, 0.91, 0.99),
    "eightieth_outside.jsonl": (0.99, 0.99, 0.99, 0.955),
    "eightyfirst_outside.jsonl": (0.99, 0.99, 0.975, 0.985),
    "eightysecond_outside.jsonl": (0.99, 0.99, 0.975, 0.99),
    "eightythird_outside.jsonl": (0.99, 0.99, 0.99, 0.98),
    "eightyfourth_outside.jsonl": (0.975, 0.99, 0.975, 0.98),
    # trained on: just under what the scrubber reaches on them now (README lists their first scores)
    "fourteenth_outside.jsonl": (0.985, 0.98, 0.99, 0.99),
    "fifteenth_outside.jsonl": (0.985, 0.98, 0.99, 0.985),
    "sixteenth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "seventeenth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "eighteenth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "nineteenth_outside.jsonl": (0.99, 0.99, 0.99, 0.97),
    "twentieth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "twentyfirst_outside.jsonl": (0.99, 0.99, 0.985, 0.97),
    "twentysecond_outside.jsonl": (0.98, 0.945, 0.98, 0.985),
    "twentythird_outside.jsonl": (0.985, 0.99, 0.975, 0.985),
    "twentyfourth_outside.jsonl": (0.99, 0.99, 0.985, 0.97),
    "twentyfifth_outside.jsonl": (0.99, 0.99, 0.99, 0.98),
    "twentysixth_outside.jsonl": (0.98, 0.99, 0.945, 0.99),
    "twentyeighth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "twentyninth_outside.jsonl": (0.99, 0.99, 0.99, 0.975),
    "thirtieth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "thirtyfirst_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "thirtysecond_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "thirtyfourth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "thirtyfifth_outside.jsonl": (0.985, 0.99, 0.99, 0.985),
    "thirtysixth_outside.jsonl": (0.99, 0.97, 0.99, 0.985),
    "thirtyseventh_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "thirtyeighth_outside.jsonl": (0.99, 0.99, 0.98, 0.98),
    "thirtyninth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fortieth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fortyfirst_outside.jsonl": (0.975, 0.99, 0.975, 0.985),
    "fortysecond_outside.jsonl": (0.99, 0.99, 0.985, 0.99),
    "fortythird_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fortyfourth_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "fortyfifth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fortysixth_outside.jsonl": (0.99, 0.99, 0.985, 0.99),
    "fortyseventh_outside.jsonl": (0.965, 0.99, 0.99, 0.99),
    "fortyeighth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fiftieth_outside.jsonl": (0.985, 0.975, 0.985, 0.98),
    "fiftyfirst_outside.jsonl": (0.99, 0.99, 0.985, 0.99),
    "fiftysecond_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fiftythird_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fiftyfourth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fiftyfifth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "fiftysixth_outside.jsonl": (0.99, 0.99, 0.99, 0.96),
    "fiftyeighth_outside.jsonl": (0.99, 0.99, 0.985, 0.99),
    "fiftyninth_outside.jsonl": (0.99, 0.99, 0.985, 0.99),
    "sixtieth_outside.jsonl": (0.99, 0.985, 0.99, 0.99),
    "sixtyfirst_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "sixtysecond_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "sixtythird_outside.jsonl": (0.99, 0.99, 0.99, 0.975),
    "sixtyfourth_outside.jsonl": (0.985, 0.99, 0.98, 0.99),
    "sixtyfifth_outside.jsonl": (0.975, 0.99, 0.955, 0.99),
    "sixtysixth_outside.jsonl": (0.99, 0.99, 0.98, 0.99),
    "sixtyseventh_outside.jsonl": (0.99, 0.98, 0.99, 0.985),
    "sixtyeighth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "seventyfirst_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "seventysecond_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "seventythird_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "seventyfourth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    # held out (eighth session): written to choose between retrained models, leaks unread
    "hundredth_outside.jsonl": (0.985, 0.99, 0.955, 0.985),
    "ninetyeighth_outside.jsonl": (0.975, 0.975, 0.99, 0.98),
    "ninetyfifth_outside.jsonl": (0.98, 0.98, 0.99, 0.98),
    "ninetyfourth_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "ninetyninth_outside.jsonl": (0.99, 0.99, 0.98, 0.985),
    "ninetyseventh_outside.jsonl": (0.99, 0.99, 0.99, 0.975),
    "ninetysixth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "ninetythird_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    # held out (ninth session): written after the pair was chosen, to measure it afresh, leaks unread
    "hundredfifth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "hundredsixth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "hundredseventh_outside.jsonl": (0.99, 0.99, 0.98, 0.99),
    "hundredeighth_outside.jsonl": (0.97, 0.99, 0.94, 0.98),
    # eighth session, read for rules: trained on by the second model only (training.NOT_YET_TRAINED)
    "eightyeighth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "eightyfifth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "eightyninth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "eightyseventh_outside.jsonl": (0.98, 0.99, 0.99, 0.99),
    "eightysixth_outside.jsonl": (0.99, 0.99, 0.985, 0.98),
    "ninetieth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "ninetyfirst_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "ninetysecond_outside.jsonl": (0.99, 0.99, 0.99, 0.96),
    # ninth session, read for rules: trained on by the second model only, since the tenth session (README lists their
    # first scores)
    "hundredfirst_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "hundredsecond_outside.jsonl": (0.985, 0.99, 0.975, 0.94),
    "hundredthird_outside.jsonl": (0.975, 0.965, 0.94, 0.99),
    "hundredfourth_outside.jsonl": (0.985, 0.99, 0.99, 0.955),
    # tenth session, read for rules: trained on by the second model only (README lists their first scores)
    "hundredninth_outside.jsonl": (0.985, 0.985, 0.95, 0.97),
    "hundredtenth_outside.jsonl": (0.98, 0.99, 0.98, 0.985),
    "hundredeleventh_outside.jsonl": (0.985, 0.99, 0.94, 0.99),
    "hundredtwelfth_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    # held out (tenth session): written before the second model was retrained, to judge it, leaks unread
    "hundredthirteenth_outside.jsonl": (0.99, 0.99, 0.98, 0.99),
    "hundredfourteenth_outside.jsonl": (0.99, 0.99, 0.99, 0.955),
    # eleventh session, read for rules: not yet trained on (training.NOT_YET_TRAINED; README lists their first scores)
    "hundredfifteenth_outside.jsonl": (0.975, 0.97, 0.99, 0.98),
    "hundredsixteenth_outside.jsonl": (0.98, 0.985, 0.99, 0.985),
    "hundredseventeenth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "hundredeighteenth_outside.jsonl": (0.99, 0.99, 0.98, 0.99),
    "hundrednineteenth_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "hundredtwentieth_outside.jsonl": (0.98, 0.985, 0.99, 0.99),
    "hundredtwentyfifth_outside.jsonl": (0.955, 0.94, 0.99, 0.99),
    "hundredtwentysixth_outside.jsonl": (0.975, 0.99, 0.955, 0.975),
    # held out (eleventh session): written evenly to the SPEC to judge the session's changes, leaks unread
    "hundredtwentyfirst_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "hundredtwentysecond_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "hundredtwentythird_outside.jsonl": (0.99, 0.99, 0.99, 0.985),
    "hundredtwentyfourth_outside.jsonl": (0.99, 0.99, 0.985, 0.985),
    # twelfth session, read for rules: not yet trained on (training.NOT_YET_TRAINED; README lists their first scores)
    "hundredtwentyseventh_outside.jsonl": (0.99, 0.99, 0.99, 0.965),
    "hundredtwentyeighth_outside.jsonl": (0.985, 0.99, 0.99, 0.985),
    "hundredtwentyninth_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "hundredthirtieth_outside.jsonl": (0.975, 0.99, 0.985, 0.99),
    "hundredthirtythird_outside.jsonl": (0.98, 0.975, 0.97, 0.99),
    "hundredthirtyfourth_outside.jsonl": (0.95, 0.92, 0.99, 0.97),
    "hundredthirtyfifth_outside.jsonl": (0.98, 0.96, 0.99, 0.98),
    # held out (twelfth session): written evenly to the SPEC to judge the session's changes, leaks unread
    "hundredthirtyfirst_outside.jsonl": (0.99, 0.99, 0.99, 0.99),
    "hundredthirtysecond_outside.jsonl": (0.99, 0.99, 0.99, 0.97),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):  # type: ignore[no-untyped-def]
    return request.param, evaluate(Scrubber.shared(), load_corpus(CORPORA / request.param))


def test_recall_and_keep_rate_hold(scored):
    name, report = scored
    overall, person, ids, keep = FLOORS[name]
    assert report.recall >= overall, format_report(report)
    assert report.type_recall("PERSON") >= person, format_report(report)
    assert report.type_recall("ID") >= ids, format_report(report)
    assert report.keep_rate >= keep, format_report(report)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # call signs spoken as a phonetic word, or after "call sign"
        ('"Charlie 214, on scene." Sam 24 took the back.', ["214", "24"], ["on scene"]),
        ("Dep. Cole, call sign Baker 16, took the call.", ["Cole", "16"], []),
        # state agencies, and sub-units after an agency
        ("Warden Erik Lindahl, Wisconsin DNR. TPR JONES TEXAS DPS.", ["Lindahl", "Wisconsin", "TEXAS"], []),
        ("PO Reyes, shield 4411, NYPD PSA 6. Ofc. Li, HPD Southwest, was 10-8.", ["PSA 6", "Southwest"], ["10-8"]),
        ("I AM WITH AST C DETACHMENT. tpr fox khp troop b stopped him.", ["AST", "DETACHMENT", "khp", "troop b"],
         []),
        # equipment that looks like an agency's acronym or a name
        ("We found a GPS tracker. I had my inflatable PFD, a Garmin inReach and an N95.", [],
         ["GPS", "PFD", "Garmin", "N95"]),
        ("R/O RESPONDED TO A JACKKNIFED 18-WHEELER AND A SINGLE VEH ROLLOVER.", [], ["18-WHEELER", "ROLLOVER"]),
        # dates and times in more shapes
        ("Labor Day weekend, the Wednesday before Thanksgiving, and on the Fourth", ["Labor", "Wednesday", "Fourth"],
         []),
        ("from about 2330 to 0030, and Sat 3/1 0212 BOLO", ["2330", "0030", "0212"], ["BOLO"]),
        ("Right at midnight it started; by noon it was over. At quarter to five in the morning we left.",
         ["midnight", "noon", "quarter"], ["started"]),
        ("On Thursday, 9/14/23 we met. on may 11 we met again. you may 2 times", ["Thursday", "may 11"],
         ["may 2 times"]),
        # names: sign-offs, quoted nicknames, Plains surnames, particles, unknown words in caps and lower case
        ("nobody hurt. lesson: stage at the edge. - j. ferraro UKPD #311", ["ferraro"], ["stage at the edge"]),
        ("handed it to me after it was all over. -Min-jun", ["Min-jun"], []),
        ("Tip that 'Big Mike' was holding. everybody calls him 'Big T'.", ["Big Mike", "Big T"], ["holding"]),
        ("SHE SAID SHE WAS \"FOLLOWING THE LIGHTS\".", [], ["FOLLOWING THE LIGHTS"]),
        ("Wilbur Two Crow was in the ditch. Later Two Crow thanked us.", ["Wilbur", "Two Crow"], []),
        ("R/O OFC TWO BULLS AND SGT STANDING ELK RESPONDED.", ["BULLS", "ELK"], []),
        ("The caller, Pieter van der Berg, said Van der Berg's barn was hit.", ["van der", "Berg", "Van der"], []),
        ("pt was abdirahman warsame 19 yo m. i reholstered and held the stairwell.", ["abdirahman", "warsame"],
         ["reholstered", "stairwell"]),
        ("2C19 (DEP HOANG) HAD 40MM. HOANG ARR AND DEPLOYED 2 ROUNDS.", ["HOANG"], ["40MM", "2 ROUNDS"]),
        ("Ptl. Grant brought him in. Ofc. Drew Kessler took the call. Search by DO Okonkwo missed a blade.",
         ["Grant", "Drew", "Okonkwo"], ["missed a blade"]),
        ("me and my partner hunter split up at the pool", ["hunter"], ["split up"]),
        ("SHAY WOOD DROVE. HE HAD A CARRY PERMIT AND WINTER GLOVES.", ["SHAY", "WOOD"],
         ["CARRY PERMIT", "WINTER GLOVES"]),
        # places
        ("at the Glendale Galleria, then Club Kava Nui on 3500 South, then the State Pier", ["Galleria", "Kava",
                                                                                           "3500", "Pier"], []),
        ("the Sigma Nu house, the Red Line, Terminal 4 at JFK, and the PA Turnpike", ["Sigma", "Red Line",
                                                                                     "Terminal 4", "JFK", "Turnpike"],
         []),
        ("ALARM AT 1400 169TH ST W, HAMMOND. TRANSPORTED TO BMC. took him to hcmc", ["HAMMOND", "BMC", "hcmc"], []),
        ("a home on Zuni Rd SE, apt 4-D in bldg 4, on Will Rogers Dr, then BIA 2 and US Hwy 17-92",
         ["SE", "4-D", "Will", "BIA 2", "17-92"], []),
        # from the sixth corpus
        ("We asked for an Albuquerque Community Safety responder.", ["Albuquerque", "Community Safety"],
         ["responder"]),
        ("i work for bnsf police out of town. got a call from the dispatcher", ["bnsf"], ["dispatcher"]),
        ("their grown son Colt came through a screen door. later it was devontae and his cousin.", ["Colt",
                                                                                                  "devontae"],
         ["screen door"]),
        ("KPD BROUGHT IN WESLEY GAINES. WANTED OUT OF LINCOLN ON A WARRANT. PUT IT IN PARK.", ["WESLEY", "GAINES",
                                                                                              "LINCOLN"], ["PARK"]),
        ("at the shell on asher ave, the Cricket Wireless on Main, and the market basket lot", ["shell", "Cricket",
                                                                                               "market basket"], []),
        ("air unit Firebird 4 came. partial Illinois plate starting with TK 58. JAN 27 25 0640 RESP",
         ["Firebird", "TK 58", "JAN 27"], []),
        ("NYPD Transit District 12 and Harris County Constable Precinct 4 at the 900 S entrance", ["12", "Precinct 4",
                                                                                                 "900 S"], []),
        ("May Day march, Mardi Gras Day and NYE", ["May Day", "Gras", "NYE"], ["march"]),
        ("THE DRIVER CAME AT ME IN THE FAST LANE. GROUND BLIZZARD. BOTH IN MY BACK SEAT WITH SEATBELTS ON.", [],
         ["FAST LANE", "GROUND BLIZZARD", "SEATBELTS"]),
        ("fled from a hit & run at S 24th St & Vinton St. Started track", ["Vinton"], ["Started track"]),
        # from the seventh corpus
        ("We got the family out and called fire. The CO readings were high. Carry a CO detector.", [],
         ["CO readings", "CO detector"]),
        ("R/O Ofc. Sione Tuilagi (P/N 33014), call sign 3-16. Ofc. Grant ETA 4.", ["Tuilagi", "33014", "3-16",
                                                                                  "Grant"], ["ETA 4"]),
        ("He was cuffed to the bed from 2300 to 0700. Approx 5 min later he fell.", ["2300", "0700"], ["5 min"]),
        ("a shed on Five Mile Road, the Pines of Westbury apartments, cattle that were black Angus", ["Five Mile",
                                                                                                   "Westbury"],
         ["black Angus"]),
        ("VEH ABANDONED, LOCATED BY MACON-BIBB SO. A TIRE TREAD IN THE HAMMER LANE.", ["MACON", "BIBB"],
         ["HAMMER LANE"]),
        ("He went over the railing between Lake Avenue and Superior, between Christmas and New Year.",
         ["Lake", "Superior", "Christmas", "New Year"], ["railing"]),
        ("We stacked on the door of 118. The left door was 1128. He hit the door 2 times from 30 feet.",
         ["118", "1128"], ["door 2 times", "30 feet"]),
        ("FROM THE DARKENED GARAGE. WE TOOK THE ELEVATOR TO THE ROOF LANDING.", [],
         ["DARKENED GARAGE", "ROOF LANDING"]),
        ("i stepped off the doorway to the brick wall and talked him down", [], ["brick wall"]),
        # 2026-11-29, third session: seen in the training corpora fourteenth to nineteenth
        ("ok so this was at UC Davis PD. ofc grant showed up and told a teacher, mrs. hunter. ofc. d. long",
         ["grant", "hunter", "long"], ["showed up"]),
        ("S1 approx 6'3 250, agitated, poss excited delirium/meth.", [], ["excited delirium"]),
        ("around 1140pm we got a welfare check, and at 930 pm a second one", ["1140pm", "930"], ["welfare check"]),
        ("I work for Coeur d'Alene PD in Coeur d'Alene.", ["Coeur", "Alene"], ["I work for"]),
        ('Radio: "BART 14, report of a male" and Ofc. Kim (NNPD 2231) pursued. LAPD 3 officers came.',
         ["14", "2231", "Kim"], ["3 officers"]),
        ('K9 "Duke" on a 30 ft line. K-9 Rex tracked. The K9 Unit came.', ["Duke", "Rex"], ["K-9", "30 ft", "K9 Unit"]),
        ("serving a felony arrest warrant at 3317 Martin Luther King Jr Blvd, Unit 4.", ["3317", "Martin", "King"],
         ["felony arrest warrant"]),
        ("He had a Leatherman and his duty Glock 22 on, and dispatch, Shelia, was on the radio.", ["Shelia"],
         ["Leatherman", "Glock 22"]),
        ('Dispatch: "42, 43, alarm with glass break." Me: "42 copy." Then "75 Henry, 10-10 possible DV", "10-4 22."',
         ["42", "43", "75", "22"], ["10-10"]),
        ('At 0144:02 the car rolled. I got on the air: "9-3 radio, suspicious vehicle." Then "10-4, copy."',
         ["0144", "02", "9-3"], ["10-4", "suspicious vehicle"]),
    ],
)
def test_fresh_outside_shapes(text, gone, kept):
    assert_scrubbed(text, gone, kept)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a name found in pieces grows to the whole: a service, a court or a hospital after a place
        ("Sacramento Metro Fire got there 6 minutes later with a boat.", ["Sacramento", "Metro", "Fire"],
         ["6 minutes later"]),
        ("BOTH DOGS RAN. MEMPHIS ANIMAL SERVICES TOOK THEM. BRONX CRIMINAL COURT, 265 E 161 ST.",
         ["MEMPHIS", "ANIMAL", "SERVICES", "BRONX", "CRIMINAL", "161"], ["DOGS RAN"]),
        ("A Beaumont Fire-Rescue engine was staged ahead of the wreck.", ["Beaumont", "Rescue"], ["staged ahead"]),
        # compass words and capitalised continuations
        ("at the DUI checkpoint in Northeast Philly a car backed up", ["Northeast", "Philly"], ["DUI checkpoint"]),
        ("waited for four more units from MPD Mission Valley. Never go in alone.", ["Mission", "Valley"],
         ["four more units"]),
        ("headed to his shift at Banner Del E. Webb. During the stop", ["Banner", "Del", "Webb"], ["During the stop"]),
        ("I WAS WORKING FOR WICHITA PD PATROL SOUTH. WE RESPONDED CODE 3.", ["WICHITA", "PATROL SOUTH"], ["CODE 3"]),
        # a first name before a detected surname, even when it is a month's abbreviation
        ("Gloves are in our cars for a reason. Ofc. Jun Watanabe, Metro PD.", ["Jun", "Watanabe"], ["Gloves"]),
        # names from handles, family words misspelt, ranks of the Guard
        ('somebody yelled "Boo got a blade" and I had no idea who Boo was. His IG was @boo_batiste225.',
         ["Boo", "batiste"], ["got a blade"]),
        ("his grandaughter kaylee who is like 12 years old was on the couch", ["kaylee"], ["12 years old"]),
        ("SFC PAGE AUTHORIZED A PIT ONCE SPEEDS DROPPED BELOW 60 MPH.", ["PAGE"], ["PIT", "60 MPH"]),
        # places: treated at, compass streets, railroads, short names in lower case
        ("I was taken to MetroHealth with smoke inhalation. I GOT FOUR STITCHES AT BAPTIST EAST.",
         ["MetroHealth", "BAPTIST"], ["smoke inhalation", "FOUR STITCHES"]),
        ("He ran into the gangway beside 4021 W Madison. I chased him.", ["4021", "Madison"], ["gangway"]),
        ("I PULLED INTO THE LOT AT S BROADWAY AND E 47TH ST ON A SUSPICIOUS VEHICLE.", ["BROADWAY", "47TH"],
         ["SUSPICIOUS VEHICLE"]),
        ("he ran across the union pacific yard. the warrant was in abq", ["union", "pacific", "abq"], ["ran across"]),
        # numbers: a letter before the hash, compass call signs, a precinct after a shield, an officer's car
        ("I was #2 in the stack, Ofc. Adebayo P#15822 on breach. I was West 12; Ofc. Ruiz was West 14.",
         ["15822", "West 12", "West 14"], ["#2 in the stack"]),
        ("PO ABRAMS, SHIELD 20418, 44 PCT. MY LEVEL 3 RETENTION HELD.", ["20418", "44"], ["LEVEL 3 RETENTION"]),
        ("so I call it in and Ofc Tariq Haddad in 1937 backs me", ["1937", "Haddad"], ["call it in"]),
        ("KY D8K 447 and CA 8X42719 were both stolen. FL reg FL 4471 KM.", ["D8K", "8X42719", "4471", "KM"],
         ["both stolen"]),
        ("22:14:07 UNIT 2B14 IN PHOENIX. COVER UNIT 10-23 APPROX 1 MIN.", ["22", "2B14", "PHOENIX"],
         ["10-23"]),
        # unknown acronyms are agencies; the trade's own are kept
        ("The plate turned out to be a typo by the RMV. We got SCBA and a FLIR from LDWF.", ["RMV", "LDWF"],
         ["SCBA", "FLIR"]),
        ("Flashbang deployed in front room; isolation zone of 150 m held.", [], ["Flashbang", "150 m"]),
        ('the one in the back, "T-Boy" Alcide Guidry Jr, pinned the throttle below Bayou Sorrel.',
         ["T-Boy", "Alcide", "Guidry", "Sorrel"], ["pinned the throttle"]),
        ("WAS WORKING POD C WITH DO MCKINNEY. GOT ON I-20/59 SB. PHOENIX PD AIR SUPPORT FOLLOWED IT.",
         ["MCKINNEY", "20", "59", "AIR SUPPORT"], ["FOLLOWED IT"]),
        ("We responded to Elm Street Code 3 and I told Dallas PD.", ["Elm", "Dallas"], ["Code 3"]),
        ("cad cc# 24-11873. seq 4417. Officer Ruiz (DSN 04417) opened the door.", ["4417", "04417"],
         ["opened the door"]),
    ],
)
def test_names_completed_from_pieces(text, gone, kept):
    assert_scrubbed(text, gone, kept)
