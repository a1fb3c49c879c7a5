"""Write dev.jsonl: the development set of attack and aid records (texts written for quantex).

Each case is a group of documents (one attack or announcement reported once or several times) with
the records a researcher would enter. Run from the repository root: python tests/gold/records/build_records_dev.py
"""

from __future__ import annotations

import json
from pathlib import Path

D = "drones"
M = "missiles"


def doc(id_: str, published: str, text: str) -> dict[str, str]:
    return {"id": id_, "published": published, "text": text}


def attack(weapon: str, end: str, attacker: str | None = "Russia", **figures: float | None) -> dict[str, object]:
    return {"weapon": weapon, "end": end, "attacker": attacker, **figures}


def aid(donor: str | None, value: float, currency: str, kind: str = "aid", basis: str = "one-off") -> dict[str, object]:
    return {"donor": donor, "value": value, "currency": currency, "kind": kind, "basis": basis}


CASES: list[dict[str, object]] = [
    {"id": "att-01", "documents": [doc("a", "2025-03-02", "On the night of 2 March Russia attacked with 112 "
     "Shahed attack drones and 4 Iskander-M ballistic missiles. Air defences shot down 80 drones; 30 drones were "
     "lost locally. All 4 missiles hit their targets.")],
     "attacks": [attack(D, "2025-03-02", launched=112, destroyed=80, lost_locally=30),
                 attack(M, "2025-03-02", launched=4, hit=4)], "aid": []},
    {"id": "att-02", "documents": [doc("a", "2025-01-15", "Russia launched 74 drones and 43 missiles at Ukraine "
     "overnight. Of the missiles, 30 were Kh-101 cruise missiles and 13 were Iskander-M ballistic missiles. Air "
     "defences destroyed 47 drones and 30 missiles.")],
     "attacks": [attack(D, "2025-01-15", launched=74, destroyed=47), attack(M, "2025-01-15", launched=43,
                                                                             destroyed=30)], "aid": []},
    {"id": "att-03", "documents": [doc("a", "2024-12-13", "Russia fired 287 missiles and drones at Ukraine's "
     "energy grid overnight, the air force said. Air defences shot down 81 missiles and 80 drones.")],
     "attacks": [attack(D, "2024-12-13", destroyed=80), attack(M, "2024-12-13", destroyed=81)], "aid": []},
    {"id": "att-04", "documents": [
        doc("a", "2024-11-26", "Russia launched a record 188 drones at Ukraine overnight, the air force said. "
            "Air defences shot down 76 of them and 95 were lost locally."),
        doc("b", "2024-11-26", "The Ukrainian air force said Russia had launched 188 drones, of which 76 were "
            "shot down.")],
     "attacks": [attack(D, "2024-11-26", launched=188, destroyed=76, lost_locally=95)], "aid": []},
    {"id": "att-05", "documents": [doc("a", "2024-09-01", "Air defence systems destroyed 158 Ukrainian drones "
     "overnight: 46 over the Kursk region, 34 over the Voronezh region, 28 over the Belgorod region and 50 over "
     "other regions, the Russian defence ministry said.")],
     "attacks": [attack(D, "2024-09-01", "Ukraine", destroyed=158)], "aid": []},
    {"id": "att-06", "documents": [doc("a", "2025-07-04", "From 20:00 on 3 July the enemy attacked with 550 means "
     "of air attack: 539 Shahed attack drones and decoys and 11 missiles. 268 drones were shot down and 208 were "
     "suppressed by electronic warfare; 2 cruise missiles were intercepted.")],
     "attacks": [attack(D, "2025-07-04", launched=539, destroyed=268, lost_locally=208),
                 attack(M, "2025-07-04", launched=11, destroyed=2)], "aid": []},
    {"id": "att-07", "documents": [doc("a", "2024-05-31", "Overnight Russia attacked with 53 missiles and 47 "
     "drones. Air defences destroyed 35 missiles and 46 drones, the air force said."),
        doc("b", "2024-05-31", "Russian air defences intercepted 12 Ukrainian drones over the Belgorod region "
            "overnight, the defence ministry said.")],
     "attacks": [attack(M, "2024-05-31", launched=53, destroyed=35), attack(D, "2024-05-31", launched=47,
                                                                             destroyed=46),
                 attack(D, "2024-05-31", "Ukraine", destroyed=12)], "aid": []},
    {"id": "att-08", "documents": [doc("a", "2025-04-24", "Russia struck Kyiv with 66 missiles and 145 drones "
     "overnight. Of these, 48 missiles and 40 drones were shot down, the air force said.")],
     "attacks": [attack(M, "2025-04-24", launched=66, destroyed=48), attack(D, "2025-04-24", launched=145,
                                                                             destroyed=40)], "aid": []},
    {"id": "att-09", "documents": [doc("a", "2025-06-17", "Russia launched 440 drones and 32 missiles in the "
     "attack, Zelensky said. Ukraine's air force said 428 targets were neutralised, including 240 drones shot "
     "down.")],
     "attacks": [attack(D, "2025-06-17", launched=440, destroyed=240), attack(M, "2025-06-17", launched=32)],
     "aid": []},
    {"id": "att-10", "documents": [doc("a", "2024-02-07", "Russia launched 44 Shahed drones and 20 cruise "
     "missiles overnight. Air defences downed 44 of 64 aerial targets.")],
     "attacks": [attack(D, "2024-02-07", launched=44), attack(M, "2024-02-07", launched=20)], "aid": []},
    {"id": "aid-01", "documents": [doc("a", "2024-10-22", "Britain will lend Ukraine £2.26 billion ($2.95 "
     "billion) for weapons, to be repaid from profits on immobilised Russian assets.")],
     "attacks": [], "aid": [aid("United Kingdom", 2.26e9, "GBP")]},
    {"id": "aid-02", "documents": [
        doc("a", "2024-06-14", "The G7 agreed to provide Ukraine with a $50 billion loan backed by frozen "
            "Russian assets."),
        doc("b", "2024-10-25", "G7 finance ministers finalised the $50 billion loan for Ukraine on Friday.")],
     "attacks": [], "aid": [aid("G7", 5e10, "USD")]},
    {"id": "aid-03", "documents": [doc("a", "2024-06-14", "About €210 billion of Russia's frozen sovereign assets "
     "are held in the European Union. Germany pledged €500 million in military aid to Ukraine.")],
     "attacks": [], "aid": [aid(None, 2.1e11, "EUR", kind="frozen_assets"), aid("Germany", 5e8, "EUR")]},
    {"id": "aid-04", "documents": [doc("a", "2024-09-18", "Ukraine's parliament approved an increase in defence "
     "spending of 500 billion hryvnias. Canada said it would donate C$20 million for drone production.")],
     "attacks": [], "aid": [aid(None, 5e11, "UAH", kind="recipient_budget"), aid("Canada", 2e7, "CAD")]},
    {"id": "aid-05", "documents": [doc("a", "2024-05-03", "Britain will provide Ukraine with £3 billion a year in "
     "military aid for as long as necessary.")],
     "attacks": [], "aid": [aid("United Kingdom", 3e9, "GBP", basis="per year")]},
    {"id": "aid-06", "documents": [doc("a", "2025-03-20", "Denmark announced a new package of 7.2 billion Danish "
     "kroner ($1.04 billion). Denmark has given more than DKK 70 billion in military aid since 2022.")],
     "attacks": [], "aid": [aid("Denmark", 7.2e9, "DKK"), aid("Denmark", 7e10, "DKK", basis="cumulative")]},
    {"id": "aid-07", "documents": [
        doc("a", "2024-07-10", "The Netherlands pledged €150 million for drones for Ukraine."),
        doc("b", "2024-08-20", "The Netherlands announced another €150 million for drones for Ukraine.")],
     "attacks": [], "aid": [aid("Netherlands", 1.5e8, "EUR"), aid("Netherlands", 1.5e8, "EUR")]},
    {"id": "aid-08", "documents": [doc("a", "2024-04-24", "The Senate approved a $95 billion foreign aid package "
     "that includes nearly $61 billion for Ukraine.")],
     "attacks": [], "aid": [aid("United States", 6.1e10, "USD")]},
]


def main() -> None:
    out = Path(__file__).with_name("dev.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for case in CASES:
            handle.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases -> {out}")


if __name__ == "__main__":
    main()
