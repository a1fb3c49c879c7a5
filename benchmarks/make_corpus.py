"""Generate a news-like corpus of a given size, deterministically, for benchmarks.

Every sentence comes from the templates below (written for this benchmark, not taken from any
article): air-force reports, ministry statements, aid announcements in several currencies,
casualty reports, dates and weapon designations. The same ``--size`` and ``--seed`` always give
the same bytes, so runs on different days and machines are comparable.

    python benchmarks/make_corpus.py --size 10MB --out /tmp/corpus.jsonl
    python benchmarks/make_corpus.py --size 1MB --out /tmp/corpus_txt --format txt
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

FIRST_DAY = datetime.date(2022, 3, 1)
DAYS = 1300  # up to late 2025, inside the range of the shipped exchange rates

REGIONS = ["Kharkiv", "Sumy", "Odesa", "Mykolaiv", "Kherson", "Zaporizhzhia", "Dnipropetrovsk",
           "Poltava", "Kyiv", "Chernihiv", "Donetsk", "Kirovohrad", "Vinnytsia", "Lviv"]
RU_REGIONS = ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Tula", "Kaluga", "Oryol"]
CITIES = ["Kharkiv", "Odesa", "Kyiv", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Lviv", "Poltava"]
DRONES = ["Shahed-136", "Shahed", "Geran-2", "Gerbera decoy", "attack", "Lancet", "Orlan-10"]
MISSILES = ["Kh-101", "Kalibr", "Iskander-M", "Kh-59", "Kh-22", "Kinzhal", "S-300", "Iskander-K"]
AIRCRAFT = ["Su-34", "Su-35", "Tu-95MS", "Tu-22M3", "MiG-31K", "Su-25", "Ka-52"]
EQUIPMENT = ["tanks", "armoured vehicles", "artillery systems", "air-defence systems", "trucks",
             "multiple rocket launchers", "howitzers"]
SYSTEMS = ["F-16", "Leopard 2", "Patriot", "HIMARS", "IRIS-T", "NASAMS"]
DONORS = [("The United States", "$", "USD"), ("Germany", "€", "EUR"), ("Britain", "£", "GBP"),
          ("Norway", "", "NOK"), ("Japan", "¥", "JPY"), ("Canada", "C$", "CAD"),
          ("The European Union", "€", "EUR"), ("Denmark", "", "DKK"), ("Poland", "", "PLN")]
CURRENCY_WORDS = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CAD": "Canadian dollars",
                  "NOK": "kroner", "DKK": "kroner", "PLN": "zlotys", "UAH": "hryvnias"}
SCALES = ["million", "billion", "m", "bn"]
HEDGES = ["about", "around", "some", "at least", "more than", "up to", "nearly", "as many as",
          "roughly", "an estimated", "over", "almost"]
VAGUE = ["dozens", "hundreds", "several", "a few", "thousands", "scores"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Writer:
    """Sentence factory: one method per kind of report, each drawing from the shared generator."""

    def __init__(self, rng: random.Random, day: datetime.date) -> None:
        self.r = rng
        self.day = day

    def pick(self, options: list[str]) -> str:
        return self.r.choice(options)

    def n(self, low: int, high: int) -> str:
        value = self.r.randint(low, high)
        return f"{value:,}" if value >= 10000 or self.r.random() < 0.5 else str(value)

    def hedge(self) -> str:
        return self.pick(HEDGES) + " " if self.r.random() < 0.4 else ""

    def date(self) -> str:
        when = self.day - datetime.timedelta(days=self.r.randint(0, 3))
        return f"{when.day} {MONTHS[when.month - 1]}"

    def clock(self, first_hour: int, last_hour: int) -> str:
        return f"{self.r.randint(first_hour, last_hour):02d}:{self.r.randint(0, 59):02d}"

    def money(self) -> tuple[str, str]:
        donor, sign, code = self.r.choice(DONORS)
        amount = self.pick(["1.2", "2.5", "3", "50", "400", "7.8", "125", "0.6", "12", "60"])
        scale = self.pick(SCALES)
        if sign and self.r.random() < 0.7:
            text = f"{sign}{amount}{scale}" if len(scale) <= 2 else f"{sign}{amount} {scale}"
        else:
            text = f"{amount} {'million' if len(scale) <= 2 else scale} {CURRENCY_WORDS[code]}"
        return donor, text

    # --- sentence kinds -------------------------------------------------------------------------

    def airforce(self) -> str:
        launched = int(self.n(8, 180).replace(",", ""))
        downed = self.r.randint(max(0, launched - 20), launched)
        forms = [
            f"Overnight on {self.date()} Russia launched {launched} {self.pick(DRONES)} drones and "
            f"{self.n(1, 12)} {self.pick(MISSILES)} missiles at Ukraine, the air force said.",
            "Air defences shot down {} of the {} drones over {}, {} and {} regions.".format(
                downed, launched, *self.r.sample(REGIONS, 3)),
            f"The attack came from {self.n(2, 9)} {self.pick(AIRCRAFT)} bombers flying over the "
            f"Caspian Sea, which fired {self.hedge()}{self.n(6, 40)} cruise missiles.",
            f"A further {self.n(2, 30)} drones were lost on the radar, probably to electronic warfare.",
            f"The alert in {self.pick(CITIES)} lasted from {self.clock(0, 5)} until {self.clock(6, 9)}.",
        ]
        return self.pick(forms)

    def ministry(self) -> str:
        forms = [
            f"Russia's defence ministry said its air defences had destroyed {self.n(3, 120)} Ukrainian "
            f"drones over {self.pick(RU_REGIONS)} Oblast and {self.pick(RU_REGIONS)} Oblast.",
            f"The ministry claimed {self.hedge()}{self.n(300, 1900)} Ukrainian servicemen were killed in the "
            f"past 24 hours, along with {self.n(2, 25)} {self.pick(EQUIPMENT)}.",
            f"Ukraine's General Staff put Russian losses since February 2022 at {self.n(100000, 900000)} "
            f"personnel, {self.n(5000, 11000)} tanks and {self.n(20000, 23000)} armoured vehicles.",
            f"Pyongyang has sent {self.hedge()}{self.n(3000, 15000)} troops to Russia, South Korea's spy "
            f"agency told lawmakers on {self.date()}.",
            f"A {self.n(20, 90)}-km stretch of the front near {self.pick(CITIES)} saw "
            f"{self.pick(VAGUE)} of assaults, the spokesman said.",
        ]
        return self.pick(forms)

    def aid(self) -> str:
        donor, amount = self.money()
        forms = [
            f"{donor} announced a new aid package worth {amount} on {self.date()}.",
            f"{donor} pledged {amount} a year for air defence until 2030.",
            f"The package of {amount} includes {self.n(2, 40)} {self.pick(EQUIPMENT)} and "
            f"{self.hedge()}{self.n(1000, 90000)} artillery shells.",
            f"{donor} will loan Ukraine {amount}, to be repaid from the proceeds of frozen Russian assets.",
            f"Of the {amount}, {self.n(10, 60)}% goes to ammunition and the rest to energy repairs.",
            f"{donor} has delivered {self.n(2, 24)} {self.pick(SYSTEMS)} systems so far, officials said.",
        ]
        return self.pick(forms)

    def casualties(self) -> str:
        killed, injured = self.n(1, 40), self.n(2, 120)
        forms = [
            f"A missile strike on {self.pick(CITIES)} killed {killed} people and injured {injured}, "
            "including children, the regional governor said.",
            f"At least {killed} civilians were killed and {self.pick(VAGUE)} wounded when a glide bomb hit a "
            f"residential block in {self.pick(CITIES)}.",
            f"Rescuers pulled {self.n(2, 15)} bodies from the rubble on {self.date()}; "
            f"{self.n(3, 30)} people are still missing.",
            f"The UN monitoring mission has verified {self.n(10000, 14000)} civilian deaths since the start "
            "of the full-scale invasion.",
            f"{self.pick(VAGUE).capitalize()} of homes lost power after the attack, and {self.n(40, 300)} "
            "thousand households were cut off from heat.",
        ]
        return self.pick(forms)

    def context(self) -> str:
        forms = [
            "Officials gave no further details.",
            f"The claims could not be independently verified by {self.pick(['Reuters', 'the BBC', 'AP'])}.",
            f"It was the {self.pick(['third', 'fifth', 'largest', 'second'])} such attack this month.",
            f"Negotiations are due to resume in {self.pick(['Istanbul', 'Geneva', 'Riyadh'])} in "
            f"{self.pick(MONTHS)}.",
            f"In {self.r.randint(2022, 2025)} the figure was {self.n(10, 99)}% lower, analysts noted.",
        ]
        return self.pick(forms)


KINDS: list[tuple[str, Callable[[Writer], str]]] = [
    ("airforce_report", Writer.airforce), ("ministry_statement", Writer.ministry),
    ("aid_announcement", Writer.aid), ("casualty_report", Writer.casualties),
]


def documents(size_bytes: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield documents (id, published, title, kind, text) until their texts total ``size_bytes``."""
    rng = random.Random(seed)
    total = 0
    number = 0
    while total < size_bytes:
        day = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
        writer = Writer(rng, day)
        kind, main = rng.choice(KINDS)
        sentences = [main(writer) if rng.random() < 0.75 else writer.context()
                     for _ in range(rng.randint(3, 12))]
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        text = "\n\n".join(paragraphs)
        number += 1
        total += len(text.encode())
        yield {"id": f"doc{number:07d}", "published": day.isoformat(), "kind": kind,
               "title": _headline(sentences[0]), "text": text}


def _headline(sentence: str, limit: int = 70) -> str:
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0]


def parse_size(text: str) -> int:
    """'10MB' -> 10_000_000 (decimal units, as MB/s figures use)."""
    found = re.fullmatch(r"\s*([\d.]+)\s*([KMG]?B?)\s*", text, re.IGNORECASE)
    if not found:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 1MB, 500KB, 1GB)")
    factor = {"": 1, "B": 1, "K": 10**3, "KB": 10**3, "M": 10**6, "MB": 10**6, "G": 10**9, "GB": 10**9}
    return int(float(found[1]) * factor[found[2].upper()])


def write_jsonl(path: Path, size_bytes: int, seed: int = 0) -> int:
    """Write the corpus as JSON Lines; return the number of documents."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for doc in documents(size_bytes, seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_txt(folder: Path, size_bytes: int, seed: int = 0) -> int:
    """Write the corpus as one header-and-body .txt file per document; return the count."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for doc in documents(size_bytes, seed):
        header = f"date: {doc['published']}\ntitle: {doc['title']}\nkind: {doc['kind']}\nid: {doc['id']}\n"
        (folder / f"{doc['id']}.txt").write_text(f"{header}\n{doc['text']}\n", encoding="utf-8")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("1MB"), help="text size, e.g. 10MB")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    parser.add_argument("--out", type=Path, required=True, help="a .jsonl file, or a folder for txt")
    args = parser.parse_args(argv)
    writer = write_jsonl if args.format == "jsonl" else write_txt
    count = writer(args.out, args.size, args.seed)
    print(f"wrote {count} documents ({args.size:,} bytes of text) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
