"""The word lists the speaker step decides with, read once from speaker_words.txt (which says
what each list is for), the pronouns, and the unions of lists the word tests take."""

from __future__ import annotations

from newslens.analysis.lexicon import word_sections
from newslens.given_names import GIVEN_NAMES

# The word lists are data: speaker_words.txt says what each one is for.
SPEAKER_WORDS = word_sections("speaker_words.txt")
TITLES = SPEAKER_WORDS["titles"]
PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "i", "we"])
WRITER_PRONOUNS = frozenset(["i", "we"])
GROUP_PRONOUNS = frozenset(["they", "them", "their"])
THING_PRONOUNS = frozenset(["it"])
RELATIVES = frozenset(["who", "which", "that"])
ROYAL_TITLES = SPEAKER_WORDS["royal_titles"]  # "King Charles": the title is part of the name
ROLE_NOUNS = SPEAKER_WORDS["role_nouns"] | ROYAL_TITLES
_MINISTERS = SPEAKER_WORDS["ministers"]
# Each role → the roles that call the same people: "lawyer" → attorney, counsel …
_SAME_ROLES = {
    w: frozenset(r.split("_")) for r in SPEAKER_WORDS["same_roles"] for w in r.split("_")
}
_ROLE_QUALIFIERS = SPEAKER_WORDS["role_qualifiers"]
_PORTFOLIOS = SPEAKER_WORDS["portfolios"]  # "the finance minister": not the labour minister
_NAMING_VERBS = SPEAKER_WORDS["naming_verbs"]  # "a retired teacher named Bill Ogden"
LETTERS_AFTER_NAMES = SPEAKER_WORDS["letters_after_names"]  # "Richard Owusu KC"
MEMBERS_AFTER_NAMES = SPEAKER_WORDS["members_after_names"]  # "Jane Hill MP"
PARTIES_BEFORE_NAMES = SPEAKER_WORDS["parties_before_names"]  # "Conservative Mark Ellison"
DESCRIBED = SPEAKER_WORDS["described_nouns"]  # "the witness": only someone called that
_ROLE_WORDS = ROLE_NOUNS | DESCRIBED
_SPOKESPEOPLE = SPEAKER_WORDS["spokespeople"]  # "a spokesman for the firm"
_POSITIONS = SPEAKER_WORDS["positions"]  # "the striker": a player named before
OFFICES = SPEAKER_WORDS["offices"] | _POSITIONS  # "the mayor": never one given another office
MEASURES = SPEAKER_WORDS["measures"]  # "according to demand": no one says it
_NO_SPEAKERS = SPEAKER_WORDS["no_speakers"]  # "the levy rate", "the pressure": things
_CLAUSE_ADJECTIVES = SPEAKER_WORDS["clause_adjectives"]  # "it is worth noting that …"
SOURCE_NOUNS = SPEAKER_WORDS["source_nouns"]  # "Poll: voters split …": the poll says it
_ASKING_NOUNS = SPEAKER_WORDS["asking_nouns"]  # "a poll of 1,200 residents": theirs, a group
# "figures released by Eurostat", "a poll by Ipsos": Eurostat's, Ipsos's
DATA_NOUNS = SOURCE_NOUNS | SPEAKER_WORDS["data_nouns"]
THING_VERBS = SPEAKER_WORDS["thing_verbs"]  # "figures showed a rise", not "he showed no emotion"
# Endings that make a noun a person's (economist, politician, chairwoman): see
# roles._person_by_ending for the root they need.
_PERSON_ENDINGS = tuple(SPEAKER_WORDS["person_endings"])
_PERSON_NOUNS = SPEAKER_WORDS["person_nouns"]
_ONES_OF_A_GROUP = SPEAKER_WORDS["ones_of_a_group"]  # "said one": one of the staff
_COLLECTIVE_NOUNS = SPEAKER_WORDS["collective_nouns"]  # "staff", "the crew": people, a group
_RESEARCH_GROUPS = SPEAKER_WORDS["research_groups"]  # "the team found": the researchers
_ORGANISATION_NOUNS = SPEAKER_WORDS["organisation_nouns"]
_FIRM_WORDS = SPEAKER_WORDS["firm_words"]  # "Crestline Motors", "Acme Holdings plc"
_FIRM_NAME_ENDINGS = tuple(SPEAKER_WORDS["firm_name_endings"])  # "Comscore", "Zentech"
# "Banco Santander", "Deutsche Telekom"
_FIRM_NAME_OPENINGS = SPEAKER_WORDS["firm_name_openings"]
_BODY_ENDINGS = SPEAKER_WORDS["body_endings"]  # "The Crohn's Society", "Harrow Council"
# "Downing Street", "the White House": the government that sits there, a body
_GOVERNMENT_SEATS = frozenset(w.replace("_", " ") for w in SPEAKER_WORDS["seats_of_government"])
_CLUB_ENDINGS = SPEAKER_WORDS["club_endings"]  # "Harrow Rovers": "the club", "the team"
_AGENCY_ENDINGS = SPEAKER_WORDS["agency_endings"]  # "the National Weather Service"
_REGULATOR_ENDINGS = SPEAKER_WORDS["regulator_endings"]  # "the … Authority": "the regulator"
# The last words of the names a body noun stands for: an agency's ("… Service"), a local
# authority's ("… Council"), a regulator's ("… Authority"), a club's ("… Rovers").
_NAMES_ENDING_AS = {
    "agency": _AGENCY_ENDINGS,
    "authority": _AGENCY_ENDINGS | {"council"},
    "regulator": _REGULATOR_ENDINGS,
    "watchdog": _REGULATOR_ENDINGS,
    "club": _CLUB_ENDINGS,
    "team": _CLUB_ENDINGS,
}
_CAMPAIGN_NOUNS = SPEAKER_WORDS["campaign_nouns"]  # "the campaign": a candidate's
_FIRM_NOUNS = SPEAKER_WORDS["firm_nouns"]  # "the company", standing for a firm named before
_WORKPLACE_LINKS = SPEAKER_WORDS["workplace_links"]  # "an analyst at …": where one works
_BROKERS_PEOPLE = SPEAKER_WORDS["brokers_people"]  # "analysts at Peel Hunt": a broker's
_FIRM_DESCRIPTORS = SPEAKER_WORDS["firm_descriptors"]  # "grid operator E-Redes": a firm
_OPERATING_VERBS = SPEAKER_WORDS["operating_verbs"]  # "operated by Skylink": a firm
_BODY_DESCRIPTORS = SPEAKER_WORDS["body_descriptors"]  # "Regulator Ofgem": never part of a name
# "The regulator said" after "Ofwat said …", "the union" after "Unite said …": that body
_DESCRIBED_BODIES = _BODY_DESCRIPTORS | SPEAKER_WORDS["lone_named_bodies"]
_FIRM_POSSESSIONS = SPEAKER_WORDS["firm_possessions"]  # "its workforce": a firm's
_BODY_ANSWERS = SPEAKER_WORDS["answers_of_a_body"]  # "said it would appeal": a body's
# "Northwind is to cut 600 jobs": what a firm does, as (verb, object) lemmas
_FIRM_RESULTS = frozenset(tuple(act.split("_", 1)) for act in SPEAKER_WORDS["firm_results"])
_FIRM_ACTS = _FIRM_RESULTS | {tuple(act.split("_", 1)) for act in SPEAKER_WORDS["firm_acts"]}
_FIRM_OPENINGS = frozenset(tuple(act.split("_", 1)) for act in SPEAKER_WORDS["firm_openings"])
_FIRM_TAKINGS = SPEAKER_WORDS["firm_takings"]  # "Greggs said sales rose": a firm's words
# Each word calling a firm of a kind ("bank", "lender") → every word that calls a firm so
_KINDS_OF_FIRM = [frozenset(kind.split("_")) for kind in SPEAKER_WORDS["firm_kinds"]]
_FIRM_KINDS = {
    word: frozenset().union(*(k for k in _KINDS_OF_FIRM if word in k))
    for word in frozenset().union(*_KINDS_OF_FIRM)
}
_TRADES = SPEAKER_WORDS["trades"]  # "record producer Okonkwo": a firm's or a person's
_BOSS_ROLES = [frozenset(role.split("_")) for role in SPEAKER_WORDS["boss_roles"]]
# Each word for a party → the party ("gop" → "republican", "d" of "(D-Calif.)" → "democratic")
PARTIES = {w: p.split("_")[0] for p in SPEAKER_WORDS["parties"] for w in p.split("_")}
_SPOKEN_PIECES = SPEAKER_WORDS["spoken_pieces"]  # "Obama Speech": no part of a name
_GREETINGS = SPEAKER_WORDS["greetings"]  # "Hi Sam,": Sam is addressed, not spoken of
_FEMALE = SPEAKER_WORDS["female"]
_MALE = SPEAKER_WORDS["male"]
_GENERIC_TITLES = SPEAKER_WORDS["generic_titles"]  # "health spokesman, Dr Nadira Quist"
_ROLE_ENDINGS = tuple(sorted(SPEAKER_WORDS["role_endings"], key=len, reverse=True))
# Unions the word tests take, built once rather than on each test (the given names are many).
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
_SPEAKING_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | RELATIVES
_BODY_NOUNS = _ORGANISATION_NOUNS | _FIRM_NOUNS  # "the union", "the company"
# Nouns that make a name set beside them a body: "the airline, Skyway"; not "the developer,
# Hale", a trade a person has too.
_BODIES_BY_NOUN = (_BODY_NOUNS | _FIRM_DESCRIPTORS) - _TRADES
_SPEAKING_NOUNS = _BODY_NOUNS | SOURCE_NOUNS  # "the committee", "the poll"
_PERSON_WORDS = _ROLE_WORDS | _PERSON_NOUNS
# "Another mother, Kirsty": nouns that make a one-word name beside them a person's
_PEOPLE_ONLY = (_PERSON_WORDS | _FEMALE | _MALE) - SPEAKER_WORDS["shared_with_bodies"]
# "The director, Femi Adeyemi": nouns that make a name of two words or more beside them a
# person's
_PEOPLE_BY_FULL_NAME = _PEOPLE_ONLY | SPEAKER_WORDS["posts_of_people"]
_NATIONALS = SPEAKER_WORDS["nationals"]  # "the Pole", which the recogniser may miss
_TITLES_AND_ROLES = TITLES | ROLE_NOUNS
_NO_ROLE_ROOTS = GIVEN_NAMES | _BODY_NOUNS  # "Sherman", "carmaker"
_NO_BODY_NAMES = TITLES | GIVEN_NAMES | _PERSON_NOUNS
_THINGS_IN_CAPITALS = SPEAKER_WORDS["things_in_capitals"]  # "Ancient DNA reveals …"
_NO_ACRONYMS = GIVEN_NAMES | _THINGS_IN_CAPITALS  # "JOHN", "DNA"
