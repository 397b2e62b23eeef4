"""Capitals standing for their countries: "Will Moscow object?" asks about Russia.

News names a government by its seat ("Tehran warned", "all eyes are on Ankara"), and
readers ask the same way of an article that names the country: the scorer, which looks
for the city's name, then finds none, or only the sentence where the city is a place.
General world data (every UN member's capital, and a few seats of government); nothing
here is about one article.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache, lru_cache

from .lexical import STOPWORDS, tokenize
from .names import DEMONYMS

# country: capital; one pair per entry
_PAIRS = """
Afghanistan: Kabul; Albania: Tirana; Algeria: Algiers; Andorra: Andorra la Vella;
Angola: Luanda; Antigua and Barbuda: Saint John's; Argentina: Buenos Aires;
Armenia: Yerevan; Australia: Canberra; Austria: Vienna; Azerbaijan: Baku;
Bahamas: Nassau; Bahrain: Manama; Bangladesh: Dhaka; Barbados: Bridgetown;
Belarus: Minsk; Belgium: Brussels; Belize: Belmopan; Benin: Porto-Novo; Bhutan: Thimphu;
Bolivia: La Paz; Bosnia: Sarajevo; Botswana: Gaborone; Brazil: Brasilia; Brazil: Brasília;
Brunei: Bandar Seri Begawan; Bulgaria: Sofia; Burkina Faso: Ouagadougou; Burundi: Gitega;
Cambodia: Phnom Penh; Cameroon: Yaounde; Canada: Ottawa; Cape Verde: Praia;
Chad: N'Djamena; Chile: Santiago; China: Beijing; Colombia: Bogota; Comoros: Moroni;
Congo: Kinshasa; Congo: Brazzaville; Costa Rica: San Jose; Croatia: Zagreb; Cuba: Havana;
Cyprus: Nicosia; Czechia: Prague; Czech Republic: Prague; Denmark: Copenhagen;
Djibouti: Djibouti; Dominica: Roseau; Dominican Republic: Santo Domingo; Ecuador: Quito;
Egypt: Cairo; El Salvador: San Salvador; Equatorial Guinea: Malabo; Eritrea: Asmara;
Estonia: Tallinn; Eswatini: Mbabane; Ethiopia: Addis Ababa; Fiji: Suva; Finland: Helsinki;
France: Paris; Gabon: Libreville; Gambia: Banjul; Georgia: Tbilisi; Germany: Berlin;
Ghana: Accra; Greece: Athens; Grenada: St. George's; Guatemala: Guatemala City;
Guinea: Conakry; Guinea-Bissau: Bissau; Guyana: Georgetown; Haiti: Port-au-Prince;
Honduras: Tegucigalpa; Hungary: Budapest; Iceland: Reykjavik; India: New Delhi;
India: Delhi; Indonesia: Jakarta; Iran: Tehran; Iraq: Baghdad; Ireland: Dublin;
Israel: Jerusalem; Italy: Rome; Ivory Coast: Yamoussoukro; Jamaica: Kingston;
Japan: Tokyo; Jordan: Amman; Kazakhstan: Astana; Kenya: Nairobi; Kiribati: Tarawa;
Kosovo: Pristina; Kuwait: Kuwait City; Kyrgyzstan: Bishkek; Laos: Vientiane; Latvia: Riga;
Lebanon: Beirut; Lesotho: Maseru; Liberia: Monrovia; Libya: Tripoli;
Liechtenstein: Vaduz; Lithuania: Vilnius; Luxembourg: Luxembourg; Madagascar: Antananarivo;
Malawi: Lilongwe; Malaysia: Kuala Lumpur; Maldives: Male; Mali: Bamako; Malta: Valletta;
Marshall Islands: Majuro; Mauritania: Nouakchott; Mauritius: Port Louis;
Mexico: Mexico City; Micronesia: Palikir; Moldova: Chisinau; Monaco: Monaco;
Mongolia: Ulaanbaatar; Montenegro: Podgorica; Morocco: Rabat; Mozambique: Maputo;
Myanmar: Naypyidaw; Namibia: Windhoek; Nauru: Yaren; Nepal: Kathmandu;
Netherlands: Amsterdam; Netherlands: The Hague; New Zealand: Wellington;
Nicaragua: Managua; Niger: Niamey; Nigeria: Abuja; North Korea: Pyongyang;
North Macedonia: Skopje; Norway: Oslo; Oman: Muscat; Pakistan: Islamabad; Palau: Ngerulmud;
Palestine: Ramallah; Panama: Panama City; Papua New Guinea: Port Moresby;
Paraguay: Asuncion; Peru: Lima; Philippines: Manila; Poland: Warsaw; Portugal: Lisbon;
Qatar: Doha; Romania: Bucharest; Russia: Moscow; Rwanda: Kigali; Saint Lucia: Castries;
Samoa: Apia; San Marino: San Marino; Saudi Arabia: Riyadh; Senegal: Dakar;
Serbia: Belgrade; Seychelles: Victoria; Sierra Leone: Freetown; Singapore: Singapore;
Slovakia: Bratislava; Slovenia: Ljubljana; Solomon Islands: Honiara; Somalia: Mogadishu;
South Africa: Pretoria; South Korea: Seoul; South Sudan: Juba; Spain: Madrid;
Sri Lanka: Colombo; Sudan: Khartoum; Suriname: Paramaribo; Sweden: Stockholm;
Switzerland: Bern; Syria: Damascus; Taiwan: Taipei; Tajikistan: Dushanbe;
Tanzania: Dodoma; Thailand: Bangkok; Timor-Leste: Dili; Togo: Lome; Tonga: Nuku'alofa;
Trinidad and Tobago: Port of Spain; Tunisia: Tunis; Turkey: Ankara;
Turkmenistan: Ashgabat; Tuvalu: Funafuti; Uganda: Kampala; Ukraine: Kyiv; Ukraine: Kiev;
United Arab Emirates: Abu Dhabi; United Kingdom: London; Britain: London; UK: London;
United States: Washington; US: Washington; Uruguay: Montevideo; Uzbekistan: Tashkent;
Vanuatu: Port Vila; Vatican: Vatican City; Venezuela: Caracas; Vietnam: Hanoi;
Yemen: Sanaa; Zambia: Lusaka; Zimbabwe: Harare;
Russia: the Kremlin; United States: the White House; United Kingdom: Downing Street;
Britain: Downing Street; UK: Downing Street
"""

# Where the city is the place, not the government: "met in Baku", "the Washington summit".
_PLACE_BEFORE = (
    r"in|at|to|from|into|near|around|outside|across|through|via|the|a|an|visit|visits|"
    r"visited|visiting|arrive|arrived|arrives|arriving|leave|left|reach|reached|where"
)
_PLACE_AFTER = (
    r"summit|meeting|meetings|talks|conference|visit|trip|venue|hotel|airport|embassy|"
    r"office|event|session|forum|gathering|street|streets|residents|metro|mayor|city|time|"
    r"region|area|suburbs|centre|center|district"
)


@cache
def _table() -> dict[str, list[str]]:
    # The capital (lowercase) -> its countries, for a pattern with the longest first.
    out: dict[str, list[str]] = {}
    for pair in _PAIRS.split(";"):
        country, capital = (" ".join(part.split()) for part in pair.split(":"))
        out.setdefault(capital.lower(), []).append(country)
    return out


@cache
def _countries() -> tuple[str, ...]:
    return tuple({c.lower() for cs in _table().values() for c in cs if " " not in c})


def countries_of(capital: str) -> list[str]:
    """The countries ``capital`` is the seat of ("Baku": Azerbaijan); none for others.

    >>> countries_of("Baku")
    ['Azerbaijan']
    >>> countries_of("Ganja")
    []
    """
    return list(_table().get(" ".join(capital.split()).lower(), []))


def country_of_people(people: str) -> str | None:
    """The one country whose name ``people`` begins like ("Azerbaijani": Azerbaijan).

    >>> country_of_people("Azerbaijani"), country_of_people("Martian")
    ('Azerbaijan', None)
    """
    w = people.lower()
    found = [
        c
        for c in _countries()
        if len(c) > 2 and c != w and w.startswith(c if len(c) <= 5 else c[:-1])
    ]
    return found[0].capitalize() if len(found) == 1 else None


@lru_cache(maxsize=8192)  # (asked of every capitalized word of an article)
def is_nationality(word: str) -> bool:
    """Whether ``word`` names a country or its people ("Azerbaijani", "US", "Russian"):
    a country's name, or a word beginning like it ("Iran" of "Iranian").

    >>> is_nationality("Azerbaijani"), is_nationality("Baku")
    (True, False)
    """
    w = word.lower()
    if word.isupper() and w in _countries():
        return True  # "US", "UK"
    # "Germany" of "German": all but the last letter of a longer name; all of a short one
    # ("Chad", not "Chancellor")
    return w in _DEMONYMS or any(
        w.startswith(c if len(c) <= 5 else c[:-1]) for c in _countries() if len(c) > 2
    )


def is_place(word: str) -> bool:
    """Whether ``word`` names a country, its people or a capital ("Baku"): no person.

    >>> is_place("Baku"), is_place("Azerbaijan"), is_place("Musabayov")
    (True, True, False)
    """
    return word.lower() in _table() or is_nationality(word)


# Peoples whose name does not begin like their country's: the ones the absent-name rule
# knows, and a few whose country it need not name.
_DEMONYMS = DEMONYMS | frozenset(
    "english scottish turkish chinese japanese vietnamese lebanese portuguese belgian "
    "norwegian saudi palestinian".split()
)


@cache
def _pattern() -> re.Pattern[str]:
    cities = sorted(_table(), key=len, reverse=True)
    return re.compile(
        rf"(?<![\w'’-])(?:(?P<before>\w+)\s+)?(?P<city>{'|'.join(map(re.escape, cities))})"
        rf"(?![\w-])(?P<after>['’]s\b|\s+\w+)?",
        re.IGNORECASE,
    )


def _mentions(name: str, vocabulary: Container[str]) -> int:
    """How often the article (``vocabulary``: a ``BM25.postings`` map, or just the stems
    it uses) writes ``name``: its rarest word's count, or 1 for a stem in a plain set."""
    words = tokenize(name)
    if not words:
        return 0
    if isinstance(vocabulary, dict):
        return min(sum(tf for _, tf in vocabulary.get(w, ())) for w in words)
    return int(all(w in vocabulary for w in words))


def as_countries(text: str, vocabulary: Container[str]) -> str:
    """``text`` with each capital that stands for its government named as the country,
    when the article (the stems in ``vocabulary``) names that country: "Will Moscow
    object?" becomes "Will Russia object?"; "the talks in Moscow" stay where they were.

    >>> as_countries("Will Ankara object to Athens's plan?", {"turkey", "greec"})
    "Will Turkey object to Greece's plan?"
    >>> as_countries("Who did he meet in Athens?", {"greec"})
    'Who did he meet in Athens?'
    """
    table = _table()

    def country(m: re.Match[str]) -> str:
        before, city, after = m.group("before"), m.group("city"), m.group("after") or ""
        lead = f"{before} " if before else ""
        owner = after.startswith(("'", "’"))  # "to Baku's plan": still the government
        if before and re.fullmatch(_PLACE_BEFORE, before, re.IGNORECASE) and not owner:
            return m.group(0)
        if re.fullmatch(rf"\s+(?:{_PLACE_AFTER})", after, re.IGNORECASE):
            return m.group(0)
        if before and before[0].isupper() and before.lower() not in STOPWORDS:
            return m.group(0)  # "Greater London", "Port Moresby": a longer name
        counts = {c: _mentions(c, vocabulary) for c in table[city.lower()]}
        country = max(counts, key=lambda c: counts[c])
        if not counts[country] or _mentions(city, vocabulary) >= counts[country]:
            # An article about the city itself ("the derogatory term for London") means
            # the city; one naming no such country has nothing to read it as.
            return m.group(0)
        return f"{lead}{country}{after}"

    return _pattern().sub(country, text)


@cache
def _capitals_of() -> dict[str, list[str]]:
    # A country (lowercase) -> its capitals.
    out: dict[str, list[str]] = {}
    for capital, countries in _table().items():
        for c in countries:
            out.setdefault(c.lower(), []).append(capital)
    return out


_CAPITAL_OF = re.compile(
    r"\b(?:the\s+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*?)(?:['’]s)?\s+capital(?:\s+city)?\b"
)


def capitals_named(text: str, vocabulary: Container[str]) -> str:
    """``text`` with "the <country> capital" named as the city, when the article (the
    stems in ``vocabulary``) names it: "the gathering in the US capital" is the one in
    Washington.

    >>> capitals_named("Who met in the Azerbaijani capital?", {"baku"})
    'Who met in Baku?'
    """
    cities = _capitals_of()

    def named_city(m: re.Match[str]) -> str:
        owner = m.group(1).lower()
        people = is_nationality(m.group(1))  # "the Azerbaijani capital"
        named = cities.get(owner) or next(
            (v for c, v in cities.items() if people and owner.startswith(c[:-1])), []
        )
        found = [c for c in named if not c.startswith("the ") and _mentions(c, vocabulary)]
        return " ".join(w.capitalize() for w in found[0].split()) if len(found) == 1 else m.group(0)

    return _CAPITAL_OF.sub(named_city, text)


# "What do the Russians reckon ...?": a people speaking or thinking, which news tells of
# as its country ("Russia") or its government.
_PEOPLE_SAYING = re.compile(
    r"\bthe\s+((?-i:[A-Z])[a-z]+)s\b(?=\s+(?:say|said|says|think|thinks|thought|reckon|reckons|"
    r"believe|believes|claim|claims|claimed|argue|argued|want|wants|fear|fears|feel|feels|"
    r"react|reacted|respond|responded|make\s+of)\b)"
)


def peoples_as_country(question: str, words: Container[str]) -> str:
    """``question`` with "the <people>s" who say or think something written as their
    country, when the article (its lower-case ``words``) names it.

    >>> peoples_as_country("What do the Russians think?", {"russia"})
    'What do Russia think?'
    >>> peoples_as_country("What do the Martians think?", {"russia"})
    'What do the Martians think?'
    """

    def country(m: re.Match[str]) -> str:
        people = m.group(1).lower()
        if not is_nationality(people):
            return m.group(0)
        named = [
            c
            for c in _countries()
            if c in words and people.startswith(c if len(c) <= 5 else c[:-1]) and c != people
        ]
        return named[0].capitalize() if len(named) == 1 else m.group(0)

    return _PEOPLE_SAYING.sub(country, question)
