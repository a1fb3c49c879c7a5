"""Build heldout4.jsonl: a small fresh held-out gold set (24 documents), annotated independently.

Follows tests/gold/README.md, held-out rule included: zero casualty phrases ("no one", "nobody")
are casualties facts with value 0; "a man was killed" counts 1 with span "a".
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_gold as b  # noqa: E402

ex, ap, ge, le, am, rg, vg = b.ex, b.ap, b.ge, b.le, b.am, b.rg, b.vg
DR, MI, PE, CA, EQ, CT, DUR, money, doc = b.DR, b.MI, b.PE, b.CA, b.EQ, b.CT, b.DUR, b.money, b.doc
AF, MOD, WIRE, AID, LIVE = b.AF, b.MOD, b.WIRE, b.AID, b.LIVE
RU, UA, NK, US, UK, EU = b.RU, b.UA, b.NK, b.US, b.UK, b.EU
OUT = HERE / "heldout4.jsonl"

DOCS = [
    # ---------------- air force reports ----------------
    doc("h4-af-01", "2025-03-14", AF,
        "On the night of 14 March the enemy attacked with [[178]] Shahed-136 strike UAVs and decoy drones "
        "launched from Kursk, Oryol and Primorsko-Akhtarsk. As of 09:00, [[130]] of them had been shot down, "
        "and [[38]] more were lost locally without consequences.",
        DR(ex(178), "uav", "launched", RU, None),
        DR(ex(130), "uav", "destroyed", RU, None),
        DR(ex(38), "uav", "lost", RU, None)),
    doc("h4-af-02", "2024-12-26", AF,
        "Overnight Russia fired [[72]] missiles of various types and [[106]] drones at the energy system. "
        "Air defence destroyed [[59]] missiles. Of the drones, [[54]] were shot down: [[11]] over the Kharkiv "
        "region, [[9]] over Odesa Oblast and the rest over central Ukraine.",
        MI(ex(72), "missile", "launched", RU, None),
        DR(ex(106), "drone", "launched", RU, None),
        MI(ex(59), "missile", "destroyed", RU, None),
        DR(ex(54), "drone", "destroyed", RU, None),
        DR(ex(11), "drone", "destroyed", RU, "Kharkiv Oblast"),
        DR(ex(9), "drone", "destroyed", RU, "Odesa Oblast")),
    doc("h4-af-03", "2025-07-09", AF,
        "In total the enemy used [[741]] air attack weapons overnight: [[728]] drones and [[13]] missiles. "
        "Our defenders neutralised [[718]] targets. A nine-storey building in Lutsk was damaged and "
        "[[two]] people were injured.",
        CT(ex(741), "air attack weapon", "launched", RU, None),
        DR(ex(728), "drone", "launched", RU, None),
        MI(ex(13), "missile", "launched", RU, None),
        CT(ex(718), "target", "destroyed", RU, None),
        CA(ex(2), "person", "injured", None, "Lutsk")),
    doc("h4-af-04", "2023-12-29", AF,
        "The enemy launched [[158]] air attack weapons, including [[36]] Shahed-136/131 drones and [[122]] "
        "missiles of various types. Air defence destroyed [[87]] cruise missiles and [[27]] attack drones.",
        CT(ex(158), "air attack weapon", "launched", RU, None),
        DR(ex(36), "drone", "launched", RU, None),
        MI(ex(122), "missile", "launched", RU, None),
        MI(ex(87), "missile", "destroyed", RU, None),
        DR(ex(27), "drone", "destroyed", RU, None)),
    # ---------------- defence ministry ----------------
    doc("h4-mod-01", "2025-05-02", MOD,
        "Air defence systems on duty intercepted and destroyed [[87]] Ukrainian fixed-wing drones overnight: "
        "[[41]] over the Bryansk region, [[22]] over the Kursk region, [[15]] over Crimea and [[9]] over the "
        "Moscow region.",
        DR(ex(87), "drone", "destroyed", UA, None),
        DR(ex(41), "drone", "destroyed", UA, "Bryansk Oblast"),
        DR(ex(22), "drone", "destroyed", UA, "Kursk Oblast"),
        DR(ex(15), "drone", "destroyed", UA, "Crimea"),
        DR(ex(9), "drone", "destroyed", UA, "Moscow Oblast")),
    doc("h4-mod-02", "2024-08-20", MOD,
        "Over the past day, in the Kursk direction the Ukrainian armed forces lost up to [[380]] servicemen, "
        "[[two]] tanks, [[four]] armoured fighting vehicles and [[one]] HIMARS launcher.",
        CA(le(380), "serviceman", "killed or injured", UA, "Kursk Oblast"),
        EQ(ex(2), "tank", "lost", UA, "Kursk Oblast"),
        EQ(ex(4), "armoured fighting vehicle", "lost", UA, "Kursk Oblast"),
        EQ(ex(1), "launcher", "lost", UA, "Kursk Oblast")),
    doc("h4-mod-03", "2025-10-10", MOD,
        "Units of the Southern group took [[17]] Ukrainian servicemen prisoner near Kostiantynivka, and "
        "[[5]] more surrendered. In all, the enemy lost [[more than 1,200]] soldiers over the past day.",
        PE(ex(17), "serviceman", "captured", UA, "Kostiantynivka"),
        PE(ex(5), "serviceman", "surrendered", UA, "Kostiantynivka"),
        CA(ge(1200), "soldier", "killed or injured", UA, None)),
    doc("h4-mod-04", "2024-03-30", MOD,
        "During the week, air defence shot down [[six]] French-made Hammer guided bombs, [[24]] HIMARS "
        "rockets and [[398]] fixed-wing drones of the Kyiv regime, and destroyed [[one]] MiG-29 aircraft "
        "of the Ukrainian air force.",
        MI(ex(6), "bomb", "destroyed", UA, None),
        MI(ex(24), "rocket", "destroyed", UA, None),
        DR(ex(398), "drone", "destroyed", UA, None),
        EQ(ex(1), "aircraft", "destroyed", UA, None)),
    doc("h4-mod-05", "2025-09-07", MOD,
        "Since 1 January, [[about 210,000]] contract soldiers have joined the Russian armed forces, and "
        "another [[18,000]] volunteers have enlisted in reserve units, the deputy chairman of the Security "
        "Council said.",
        PE(ap(210000), "contract soldier", "mobilised", RU, None),
        PE(ex(18000), "volunteer", "mobilised", RU, None)),
    # ---------------- wire ----------------
    doc("h4-wire-01", "2025-11-18", WIRE,
        "KHARKIV, Nov 18 - [[Two]] Russian glide bombs hit a residential block in Kharkiv on Tuesday, "
        "killing [[three]] people and wounding [[at least 19]], the regional governor said. A 7-year-old "
        "girl was among the wounded.",
        MI(ex(2), "bomb", "hit", RU, "Kharkiv"),
        CA(ex(3), "person", "killed", None, "Kharkiv"),
        CA(ge(19), "person", "injured", None, "Kharkiv")),
    doc("h4-wire-02", "2024-11-19", WIRE,
        "As the war reached day 1,000 on Tuesday, officials recalled that Russia had hit the power grid at the "
        "weekend with [[about 120]] missiles and [[90]] drones, and that [[a]] man was killed in the "
        "Rivne region.",
        MI(ap(120), "missile", "launched", RU, None),
        DR(ex(90), "drone", "launched", RU, None),
        CA(ex(1), "man", "killed", None, "Rivne Oblast")),
    doc("h4-wire-03", "2025-04-14", WIRE,
        "[[Two]] Iskander-M ballistic missiles struck the centre of Sumy on Palm Sunday, killing [[35]] "
        "people, including [[two]] children, and injuring [[117]] others, Ukrainian officials said.",
        MI(ex(2), "missile", "hit", RU, "Sumy"),
        CA(ex(35), "person", "killed", None, "Sumy"),
        CA(ex(2), "child", "killed", None, "Sumy"),
        CA(ex(117), "person", "injured", None, "Sumy")),
    doc("h4-wire-04", "2026-03-03", WIRE,
        "South Korea's spy agency estimates that Pyongyang has sent [[around 15,000]] troops to Russia, of "
        "whom [[some 4,700]] have been killed or wounded.",
        PE(ap(15000), "troop", "deployed", NK, "Russia"),
        CA(ap(4700), "troop", "killed or injured", NK, None)),
    doc("h4-wire-05", "2025-03-11", WIRE,
        "MOSCOW - Russia said it had downed [[337]] Ukrainian drones overnight, [[91]] of them over the "
        "Moscow region. [[Three]] people were killed and [[18]] injured in the Moscow region, and flights "
        "at [[four]] Moscow airports were suspended.",
        DR(ex(337), "drone", "destroyed", UA, None),
        DR(ex(91), "drone", "destroyed", UA, "Moscow Oblast"),
        CA(ex(3), "person", "killed", None, "Moscow Oblast"),
        CA(ex(18), "person", "injured", None, "Moscow Oblast"),
        CT(ex(4), "airport", None, None, "Moscow")),
    doc("h4-wire-06", "2026-04-07", WIRE,
        "A Russian drone attack on Dnipro overnight damaged a 16-storey apartment block and a school, but "
        "[[nobody]] was killed, the regional governor said. Air defences shot down [[27]] of the [[35]] "
        "drones launched at the region.",
        CA(ex(0), "person", "killed", None, "Dnipro"),
        DR(ex(27), "drone", "destroyed", RU, "Dnipropetrovsk Oblast"),
        DR(ex(35), "drone", "launched", RU, "Dnipropetrovsk Oblast")),
    # ---------------- aid announcements ----------------
    doc("h4-aid-01", "2024-07-10", AID,
        "Berlin announced a further [[€500 million]] ([[$541 million]]) military package for Kyiv, drawn "
        "from the 2024 budget and including [[four]] IRIS-T air defence systems.",
        money(ex(500e6), "EUR", "announced", "Germany"),
        money(ex(541e6), "USD", "announced", "Germany"),
        EQ(ex(4), "air defence system", "announced", "Germany", None)),
    doc("h4-aid-02", "2025-06-23", AID,
        "The United Kingdom will lend Ukraine [[£1.7 billion]] ([[$2.3 billion]]), to be repaid from the "
        "profits of immobilised Russian assets worth [[about £25 billion]].",
        money(ex(1.7e9), "GBP", "loaned", UK),
        money(ex(2.3e9), "USD", "loaned", UK),
        money(ap(25e9), "GBP", "frozen", RU)),
    doc("h4-aid-03", "2025-12-19", AID,
        "EU leaders agreed to lend Ukraine [[€90 billion]] over the next [[two years]], funded by joint "
        "borrowing rather than by the [[€210 billion]] of Russian central bank assets frozen in Europe.",
        money(ex(90e9), "EUR", "loaned", EU),
        DUR(ex(2), "year", None, None, None),
        money(ex(210e9), "EUR", "frozen", RU)),
    doc("h4-aid-04", "2024-02-01", AID,
        "The European Union approved a [[€50 billion]] ([[$54 billion]]) support facility for Ukraine "
        "covering 2024 to 2027, of which [[€33 billion]] will come as loans and [[€17 billion]] as grants.",
        money(ex(50e9), "EUR", "approved", EU),
        money(ex(54e9), "USD", "approved", EU),
        money(ex(33e9), "EUR", "loaned", EU),
        money(ex(17e9), "EUR", "approved", EU)),
    # ---------------- live blog ----------------
    doc("h4-live-01", "2025-01-15", LIVE,
        "## 08:40 [[Four]] killed in Zaporizhzhia\nRussian missiles struck Zaporizhzhia this morning, killing "
        "[[four]] people and injuring [[13]], among them a 15-year-old, the city's military administration "
        "said.",
        CA(ex(4), "person", "killed", None, "Zaporizhzhia"),
        CA(ex(4), "person", "killed", None, "Zaporizhzhia"),
        CA(ex(13), "person", "injured", None, "Zaporizhzhia")),
    doc("h4-live-02", "2025-08-01", LIVE,
        "## 14:05 Kyiv death toll rises to [[31]]\nRescuers have finished searching the ruins of the "
        "nine-storey block. [[31]] people, including [[five]] children, are now confirmed dead in Kyiv, and "
        "[[more than 150]] were injured.",
        CA(ex(31), "person", "killed", None, "Kyiv"),
        CA(ex(31), "person", "killed", None, "Kyiv"),
        CA(ex(5), "child", "killed", None, "Kyiv"),
        CA(ge(150), "person", "injured", None, "Kyiv")),
    doc("h4-live-03", "2024-10-20", LIVE,
        "## 22:15 Drone debris hits Odesa port\nThe regional governor says [[a]] woman died and [[no one]] "
        "else was hurt after debris from a downed drone fell on a warehouse in Odesa.",
        CA(ex(1), "woman", "killed", None, "Odesa"),
        CA(ex(0), "person", "injured", None, "Odesa")),
    doc("h4-live-04", "2026-02-10", LIVE,
        "## 06:50 Su-34 downed in the east\nUkraine's air force says it shot down [[one]] Russian Su-34 "
        "fighter-bomber over the Donetsk region. Russian aircraft dropped [[more than 40]] guided bombs, "
        "among them FAB-500s, on the region overnight.",
        EQ(ex(1), "fighter-bomber", "destroyed", RU, "Donetsk Oblast"),
        MI(ge(40), "bomb", "launched", RU, "Donetsk Oblast")),
    doc("h4-live-05", "2025-05-25", LIVE,
        "## 19:30 Swap completed\nUkraine and Russia each released [[303]] prisoners of war on Sunday, "
        "completing a [[three-day]] exchange of [[1,000]] for [[1,000]].",
        PE(ex(303), "prisoner of war", "released", None, None),
        DUR(ex(3), "day", None, None, None),
        PE(ex(1000), "prisoner of war", "released", None, None),
        PE(ex(1000), "prisoner of war", "released", None, None)),
]


def main() -> None:
    documents = [b.build_document(source) for source in DOCS]
    for d in documents:
        for f in d["facts"]:
            assert d["text"][f["start"]:f["end"]] == f["span"], (d["id"], f)
    ids = [d["id"] for d in documents]
    assert len(ids) == len(set(ids))
    b.write(documents, OUT, __doc__)


if __name__ == "__main__":
    main()
