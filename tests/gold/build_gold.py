"""Build ``tests/gold/dev.jsonl`` from the source annotations held in this file.

Every document is written with each annotated span wrapped in ``[[...]]``; its facts are listed in
the same order. This script removes the markers, computes half-open offsets and writes one JSON
document per line, so offsets are never typed by hand and ``text[start:end] == span`` holds by
construction.

    python tests/gold/build_gold.py            # rewrite dev.jsonl
    python tests/gold/build_gold.py --audit    # also list digits left outside any span
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev.jsonl"
MARK = re.compile(r"\[\[(.+?)\]\]")

Bounds = tuple[float | None, float | None, float | None]


# Bounds of a span, following the conventions: (value, low, high).
def ex(n: float) -> Bounds:
    """Exact number: value = low = high."""
    return (n, n, n)


def ap(n: float) -> Bounds:
    """about/some/roughly/around/an estimated N."""
    return (n, None, None)


def vg(best: float, low: float, high: float) -> Bounds:
    """A vague word at its row of the vague table (quantex.vocab.numbers.VAGUE): dozens (12, 12, 99)."""
    return (best, low, high)


def ge(n: float) -> Bounds:
    """at least/more than/over N."""
    return (n, n, None)


def le(n: float) -> Bounds:
    """up to/fewer than/less than N."""
    return (None, None, n)


def am(n: float) -> Bounds:
    """as many as N, nearly/almost N."""
    return (n, None, n)


def rg(low: float, high: float) -> Bounds:
    """A range: 10-15, between 10 and 15, 10 to 15."""
    return (None, low, high)


def fact(category: str, bounds: Bounds, unit: str | None = None, event: str | None = None,
         actor: str | None = None, location: str | None = None,
         currency: str | None = None) -> dict[str, Any]:
    """One annotated fact, without its span and offsets (added by :func:`build_document`)."""
    value, low, high = (None if b is None else float(b) for b in bounds)
    return {"category": category, "value": value, "low": low, "high": high, "currency": currency,
            "unit": unit, "event": event, "actor": actor, "location": location}


def money(bounds: Bounds, currency: str, event: str | None = None, actor: str | None = None,
          location: str | None = None) -> dict[str, Any]:
    """A money fact: value in units of ``currency``."""
    return fact("money", bounds, None, event, actor, location, currency)


def domain(category: str) -> Any:
    """A fact constructor for one category, taking (bounds, unit, event, actor, location)."""
    def make(bounds: Bounds, unit: str | None = None, event: str | None = None,
             actor: str | None = None, location: str | None = None) -> dict[str, Any]:
        return fact(category, bounds, unit, event, actor, location)
    return make


DR = domain("drones")
MI = domain("missiles")
PE = domain("personnel")
CA = domain("casualties")
EQ = domain("equipment")
CT = domain("count")
PCT = domain("percent")
DIST = domain("distance")
DUR = domain("duration")
AREA = domain("area")
SPEED = domain("speed")

AF, MOD, WIRE, AID, LIVE = "air_force_report", "defence_ministry", "wire", "aid_announcement", "liveblog"
RU, UA, NK, US, UK, EU = ("Russia", "Ukraine", "North Korea", "United States", "United Kingdom",
                          "European Union")


def doc(id_: str, published: str, style: str, text: str, *facts: dict[str, Any]) -> dict[str, Any]:
    """One source document: text with ``[[span]]`` markers and its facts in the same order."""
    return {"id": id_, "published": published, "style": style, "text": text, "facts": list(facts)}


DOCS: list[dict[str, Any]] = [
    # --- Ukrainian air force morning reports -------------------------------------------------
    doc("af-01", "2024-03-24", AF,
        "Overnight Russia attacked with [[29]] Shahed-136/131 attack UAVs and [[57]] missiles, including "
        "Kh-101 cruise missiles launched from [[14]] Tu-95MS bombers. Air defences destroyed [[18]] drones "
        "and [[43]] missiles over Lviv, Kyiv and Mykolaiv oblasts.",
        DR(ex(29), "uav", "launched", RU), MI(ex(57), "missile", "launched", RU),
        EQ(ex(14), "bomber", None, RU), DR(ex(18), "drone", "destroyed", RU),
        MI(ex(43), "missile", "destroyed", RU)),
    doc("af-02", "2024-04-11", AF,
        "In the night of 11 April the enemy launched [[82]] air attack weapons: [[40]] Shahed drones and "
        "[[42]] missiles of different types. Of these, [[57]] were destroyed: [[39]] drones and [[18]] "
        "missiles.",
        CT(ex(82), "weapon", "launched", RU), DR(ex(40), "drone", "launched", RU),
        MI(ex(42), "missile", "launched", RU), CT(ex(57), "weapon", "destroyed", RU),
        DR(ex(39), "drone", "destroyed", RU), MI(ex(18), "missile", "destroyed", RU)),
    doc("af-03", "2024-06-01", AF,
        "Russia struck energy facilities overnight with [[53]] missiles and [[47]] drones. Air defences "
        "shot down [[35]] missiles and [[46]] drones, the air force said. DTEK said [[2]] of its thermal "
        "power plants were seriously damaged.",
        MI(ex(53), "missile", "launched", RU), DR(ex(47), "drone", "launched", RU),
        MI(ex(35), "missile", "destroyed", RU), DR(ex(46), "drone", "destroyed", RU),
        CT(ex(2), "power plant", "hit")),
    doc("af-04", "2024-07-08", AF,
        "Russia launched [[38]] missiles of various types at Kyiv, Dnipro, Kryvyi Rih, Sloviansk and "
        "Kramatorsk in a daytime attack. [[30]] of them were shot down, including [[13]] Kh-101 cruise "
        "missiles over Kyiv.",
        MI(ex(38), "missile", "launched", RU), MI(ex(30), "missile", "destroyed", RU),
        MI(ex(13), "missile", "destroyed", RU, "Kyiv")),
    doc("af-05", "2024-09-01", AF,
        "Overnight the enemy launched [[35]] Shahed attack UAVs from Kursk Oblast and Primorsko-Akhtarsk, "
        "and [[2]] Iskander-M ballistic missiles. Mobile fire groups and electronic warfare units "
        "destroyed [[22]] drones; [[10]] were lost locally and [[3]] flew back into Russian airspace.",
        DR(ex(35), "uav", "launched", RU), MI(ex(2), "missile", "launched", RU),
        DR(ex(22), "drone", "destroyed", RU), DR(ex(10), "drone", "lost", RU),
        DR(ex(3), "drone", None, RU, "Russia")),
    doc("af-06", "2024-09-29", AF,
        "Russia attacked Ukraine with [[73]] Shahed drones, [[3]] Kh-59 guided missiles and [[4]] S-300 "
        "anti-aircraft guided missiles. Air defences downed [[69]] drones and [[1]] Kh-59. The attack on "
        "Kyiv lasted [[about 4 hours]].",
        DR(ex(73), "drone", "launched", RU), MI(ex(3), "missile", "launched", RU),
        MI(ex(4), "missile", "launched", RU), DR(ex(69), "drone", "destroyed", RU),
        MI(ex(1), "missile", "destroyed", RU), DUR(ap(4), "hour", None, None, "Kyiv")),
    doc("af-07", "2024-11-17", AF,
        "Russia fired [[120]] missiles and [[90]] drones at Ukraine's energy system, Zelensky said. The air "
        "force said [[104]] missiles and [[42]] drones were shot down, [[41]] drones were lost locally and "
        "[[2]] flew into Belarus. F-16 jets downed [[more than 10]] missiles.",
        MI(ex(120), "missile", "launched", RU), DR(ex(90), "drone", "launched", RU),
        MI(ex(104), "missile", "destroyed", RU), DR(ex(42), "drone", "destroyed", RU),
        DR(ex(41), "drone", "lost", RU), DR(ex(2), "drone", None, RU, "Belarus"),
        MI(ge(10), "missile", "destroyed", RU)),
    doc("af-08", "2024-12-13", AF,
        "On the morning of 13 December Russia attacked with [[93]] missiles and [[almost 200]] drones. "
        "[[81]] missiles were shot down, [[11]] of them by F-16 fighters. [[80]] drones were downed and "
        "[[105]] were lost locally.",
        MI(ex(93), "missile", "launched", RU), DR(am(200), "drone", "launched", RU),
        MI(ex(81), "missile", "destroyed", RU), MI(ex(11), "missile", "destroyed", RU),
        DR(ex(80), "drone", "destroyed", RU), DR(ex(105), "drone", "lost", RU)),
    doc("af-09", "2025-01-15", AF,
        "Overnight Russia launched [[43]] missiles and [[74]] attack drones and decoys. Air defences shot "
        "down [[30]] missiles; [[47]] drones were shot down and [[27]] were lost locally. Gas production "
        "facilities in Lviv and Ivano-Frankivsk oblasts were hit.",
        MI(ex(43), "missile", "launched", RU), DR(ex(74), "drone", "launched", RU),
        MI(ex(30), "missile", "destroyed", RU), DR(ex(47), "drone", "destroyed", RU),
        DR(ex(27), "drone", "lost", RU)),
    doc("af-10", "2025-03-07", AF,
        "Russia launched [[67]] missiles and [[194]] drones overnight, targeting gas and energy "
        "infrastructure. [[34]] missiles and [[100]] drones were shot down; [[86]] decoy drones were lost "
        "locally. Ukraine's F-16 and Mirage 2000 aircraft took part in repelling the attack.",
        MI(ex(67), "missile", "launched", RU), DR(ex(194), "drone", "launched", RU),
        MI(ex(34), "missile", "destroyed", RU), DR(ex(100), "drone", "destroyed", RU),
        DR(ex(86), "drone", "lost", RU)),
    doc("af-11", "2025-04-24", AF,
        "In the night Russia attacked with [[215]] means of air attack: [[145]] attack drones and decoys "
        "and [[70]] missiles, among them [[31]] ballistic missiles. [[112]] targets were shot down, "
        "including [[48]] missiles. [[At least 12]] people were killed in Kyiv and [[90]] were injured.",
        CT(ex(215), "means", "launched", RU), DR(ex(145), "drone", "launched", RU),
        MI(ex(70), "missile", "launched", RU), MI(ex(31), "missile", "launched", RU),
        CT(ex(112), "target", "destroyed", RU), MI(ex(48), "missile", "destroyed", RU),
        CA(ge(12), "person", "killed", None, "Kyiv"), CA(ex(90), "person", "injured", None, "Kyiv")),
    doc("af-12", "2025-06-06", AF,
        "Russia launched [[452]] air attack weapons overnight: [[407]] drones and [[45]] missiles. "
        "[[199]] drones and [[33]] missiles were neutralised, the air force said. In Kyiv [[4]] people "
        "were killed and [[at least 20]] injured.",
        CT(ex(452), "weapon", "launched", RU), DR(ex(407), "drone", "launched", RU),
        MI(ex(45), "missile", "launched", RU), DR(ex(199), "drone", "destroyed", RU),
        MI(ex(33), "missile", "destroyed", RU), CA(ex(4), "person", "killed", None, "Kyiv"),
        CA(ge(20), "person", "injured", None, "Kyiv")),
    doc("af-13", "2025-07-04", AF,
        "Overnight the enemy attacked with [[539]] drones and [[11]] missiles, the heaviest attack on Kyiv "
        "so far. Air defences shot down [[268]] drones and [[2]] missiles; [[208]] drones were lost "
        "locally. In the capital [[2]] people were killed and [[23]] injured.",
        DR(ex(539), "drone", "launched", RU), MI(ex(11), "missile", "launched", RU),
        DR(ex(268), "drone", "destroyed", RU), MI(ex(2), "missile", "destroyed", RU),
        DR(ex(208), "drone", "lost", RU), CA(ex(2), "person", "killed", None, "Kyiv"),
        CA(ex(23), "person", "injured", None, "Kyiv")),
    doc("af-14", "2024-10-30", AF,
        "From 21:00 Russia attacked with [[62]] Shahed UAVs and [[2]] Iskander-M missiles. [[33]] drones "
        "were shot down over [[10]] regions and [[28]] were lost locally. No missile was intercepted.",
        DR(ex(62), "uav", "launched", RU), MI(ex(2), "missile", "launched", RU),
        DR(ex(33), "drone", "destroyed", RU), CT(ex(10), "region"), DR(ex(28), "drone", "lost", RU)),
    doc("af-15", "2024-10-21", AF,
        "Russia attacked with [[100]] Shahed attack UAVs and drones of unidentified types, as well as "
        "[[2]] Iskander-M ballistic missiles fired from Kursk Oblast. As of 09:00, [[42]] drones had been "
        "shot down, [[50]] were lost locally and [[2]] flew back towards Belarus.",
        DR(ex(100), "uav", "launched", RU), MI(ex(2), "missile", "launched", RU, "Kursk Oblast"),
        DR(ex(42), "drone", "destroyed", RU), DR(ex(50), "drone", "lost", RU),
        DR(ex(2), "drone", None, RU, "Belarus")),
    doc("af-16", "2025-02-23", AF,
        "On the eve of the third anniversary of the invasion Russia launched [[267]] attack and decoy "
        "drones, a record for one night, and [[3]] Iskander-M ballistic missiles. [[138]] drones were shot "
        "down over [[13]] regions; [[119]] were lost locally.",
        DR(ex(267), "drone", "launched", RU), MI(ex(3), "missile", "launched", RU),
        DR(ex(138), "drone", "destroyed", RU), CT(ex(13), "region"), DR(ex(119), "drone", "lost", RU)),

    # --- Russian defence ministry statements --------------------------------------------------
    doc("mod-01", "2024-05-12", MOD,
        "Air defence systems destroyed [[10]] Ukrainian unmanned aerial vehicles over Belgorod Oblast and "
        "[[3]] over Kursk Oblast overnight, the Ministry of Defence said. [[4]] Vilkha multiple rocket "
        "launcher rockets were also shot down.",
        DR(ex(10), "unmanned aerial vehicle", "destroyed", UA, "Belgorod Oblast"),
        DR(ex(3), "unmanned aerial vehicle", "destroyed", UA, "Kursk Oblast"),
        MI(ex(4), "rocket", "destroyed", UA)),
    doc("mod-02", "2024-06-24", MOD,
        "On-duty air defences shot down [[4]] US-made ATACMS missiles fitted with cluster warheads over "
        "Crimea, the ministry said; fragments of a fifth exploded over Sevastopol. The city's governor "
        "said [[4]] people, including [[2]] children, were killed and [[151]] injured.",
        MI(ex(4), "missile", "destroyed", UA, "Crimea"),
        CA(ex(4), "person", "killed", None, "Sevastopol"),
        CA(ex(2), "child", "killed", None, "Sevastopol"),
        CA(ex(151), "person", "injured", None, "Sevastopol")),
    doc("mod-03", "2024-07-21", MOD,
        "Over the past day the Ukrainian armed forces lost [[up to 1,960]] servicemen, the ministry said. "
        "In the Kupiansk direction alone, losses amounted to [[up to 500]] servicemen, [[2]] tanks and "
        "[[6]] pickup trucks.",
        CA(le(1960), "serviceman", "killed or injured", UA),
        CA(le(500), "serviceman", "killed or injured", UA, "Kupiansk"),
        EQ(ex(2), "tank", "lost", UA, "Kupiansk"), EQ(ex(6), "pickup truck", "lost", UA, "Kupiansk")),
    doc("mod-04", "2024-08-14", MOD,
        "Since the start of its incursion into Kursk Oblast, Ukraine has lost [[up to 2,030]] servicemen, "
        "[[35]] tanks, [[31]] infantry fighting vehicles and [[18]] armoured personnel carriers, the "
        "ministry said.",
        CA(le(2030), "serviceman", "killed or injured", UA, "Kursk Oblast"),
        EQ(ex(35), "tank", "lost", UA, "Kursk Oblast"),
        EQ(ex(31), "infantry fighting vehicle", "lost", UA, "Kursk Oblast"),
        EQ(ex(18), "armoured personnel carrier", "lost", UA, "Kursk Oblast")),
    doc("mod-05", "2024-10-06", MOD,
        "Air defences destroyed [[47]] Ukrainian drones overnight, including [[17]] over Kursk Oblast, "
        "[[14]] over Belgorod Oblast and [[7]] over Krasnodar Krai, the ministry said. Earlier [[5]] S-200 "
        "missiles converted for ground attack were intercepted over Bryansk Oblast.",
        DR(ex(47), "drone", "destroyed", UA), DR(ex(17), "drone", "destroyed", UA, "Kursk Oblast"),
        DR(ex(14), "drone", "destroyed", UA, "Belgorod Oblast"),
        DR(ex(7), "drone", "destroyed", UA, "Krasnodar Krai"),
        MI(ex(5), "missile", "destroyed", UA, "Bryansk Oblast")),
    doc("mod-06", "2024-11-21", MOD,
        "Air defence systems shot down [[2]] British-made Storm Shadow cruise missiles, [[6]] HIMARS "
        "rockets and [[67]] fixed-wing drones over the past day, the ministry said.",
        MI(ex(2), "missile", "destroyed", UA), MI(ex(6), "rocket", "destroyed", UA),
        DR(ex(67), "drone", "destroyed", UA)),
    doc("mod-07", "2025-01-14", MOD,
        "Ukraine attacked Russian territory overnight with [[146]] drones and [[6]] ATACMS missiles, all "
        "of which were destroyed, the ministry said. The attack targeted facilities in [[8]] regions, "
        "including Saratov Oblast, [[some 600 km]] from the front.",
        DR(ex(146), "drone", "launched", UA), MI(ex(6), "missile", "launched", UA),
        CT(ex(8), "region"), DIST(ap(600), "kilometer", None, None, "Saratov Oblast")),
    doc("mod-08", "2025-02-18", MOD,
        "Ukraine lost [[more than 150]] servicemen in the Pokrovsk direction over the past day, the "
        "ministry said. It also said [[70]] Ukrainian drones had been destroyed over [[6]] regions, [[22]] "
        "of them over Kursk Oblast.",
        CA(ge(150), "serviceman", "killed or injured", UA, "Pokrovsk"),
        DR(ex(70), "drone", "destroyed", UA), CT(ex(6), "region"),
        DR(ex(22), "drone", "destroyed", UA, "Kursk Oblast")),
    doc("mod-09", "2025-05-06", MOD,
        "Ahead of the Victory Day celebrations, air defences destroyed [[105]] Ukrainian drones over [[13]] "
        "regions between 20:00 and 07:00, including [[19]] over the Moscow region, the ministry said. "
        "Moscow's mayor said [[4]] airports had suspended flights.",
        DR(ex(105), "drone", "destroyed", UA), CT(ex(13), "region"),
        DR(ex(19), "drone", "destroyed", UA, "Moscow Oblast"), CT(ex(4), "airport", None, None, "Moscow")),
    doc("mod-10", "2024-12-30", MOD,
        "[[150]] Russian servicemen were returned from Ukrainian captivity in an exchange mediated by the "
        "United Arab Emirates, the ministry said. In return, [[150]] prisoners of war of the Armed Forces "
        "of Ukraine were handed over. [[2]] Il-76 aircraft flew the freed soldiers to Moscow.",
        PE(ex(150), "serviceman", "released", RU), PE(ex(150), "prisoner of war", "released", UA),
        EQ(ex(2), "aircraft", None, RU, "Moscow")),
    doc("mod-11", "2025-06-01", MOD,
        "Ukraine attacked airfields in [[5]] regions with drones launched from trucks, the ministry said, "
        "adding that [[several]] aircraft had caught fire in Murmansk and Irkutsk oblasts. Ukraine's SBU "
        "said it had hit [[41]] aircraft, including Tu-95 and Tu-22M3 bombers, [[some 4,000 km]] from the "
        "front line.",
        CT(ex(5), "region"), EQ(vg(3, 3, 9), "aircraft", "hit", RU), EQ(ex(41), "aircraft", "hit", RU),
        DIST(ap(4000), "kilometer")),
    doc("mod-12", "2024-04-30", MOD,
        "Over the past week Russian troops destroyed [[2]] US-made Abrams tanks, [[3]] Leopard 2 tanks and "
        "[[8]] Bradley infantry fighting vehicles, the ministry said. Ukrainian losses along the whole "
        "front amounted to [[more than 6,000]] servicemen over the same period.",
        EQ(ex(2), "tank", "destroyed", UA), EQ(ex(3), "tank", "destroyed", UA),
        EQ(ex(8), "infantry fighting vehicle", "destroyed", UA),
        CA(ge(6000), "serviceman", "killed or injured", UA)),
    doc("mod-13", "2024-11-28", MOD,
        "Russian forces captured [[35]] Ukrainian servicemen in the Kursk region over the past week, the "
        "ministry said, and a further [[12]] surrendered.",
        PE(ex(35), "serviceman", "captured", UA, "Kursk Oblast"),
        PE(ex(12), "serviceman", "surrendered", UA, "Kursk Oblast")),
    doc("mod-14", "2024-09-10", MOD,
        "Over the past night duty air defences intercepted and destroyed [[144]] Ukrainian unmanned aerial "
        "vehicles: [[72]] over Bryansk Oblast, [[20]] over the Moscow region, [[14]] over Kursk Oblast and "
        "the rest over [[4]] other regions.",
        DR(ex(144), "unmanned aerial vehicle", "destroyed", UA),
        DR(ex(72), "unmanned aerial vehicle", "destroyed", UA, "Bryansk Oblast"),
        DR(ex(20), "unmanned aerial vehicle", "destroyed", UA, "Moscow Oblast"),
        DR(ex(14), "unmanned aerial vehicle", "destroyed", UA, "Kursk Oblast"), CT(ex(4), "region")),

    doc("mod-15", "2025-04-04", MOD,
        "Russian forces destroyed [[2]] HIMARS launchers, [[1]] Patriot radar and [[14]] US-made M113 "
        "armoured personnel carriers over the past week, the ministry said, and [[a few]] Ukrainian "
        "soldiers surrendered near Toretsk.",
        EQ(ex(2), "launcher", "destroyed", UA), EQ(ex(1), "radar", "destroyed", UA),
        EQ(ex(14), "armoured personnel carrier", "destroyed", UA),
        PE(vg(3, 2, 9), "soldier", "surrendered", UA, "Toretsk")),

    # --- wire stories ------------------------------------------------------------------------
    doc("w-01", "2024-10-18", WIRE,
        "South Korea's spy agency said on Friday that North Korea had decided to send [[12,000]] troops to "
        "Russia and that [[about 1,500]] special forces soldiers had already been shipped to Vladivostok.",
        PE(ex(12000), "troop", "deployed", NK, "Russia"),
        PE(ap(1500), "soldier", "deployed", NK, "Vladivostok")),
    doc("w-02", "2024-10-18", WIRE,
        "Pyongyang will send a total of [[around 12,000]] soldiers in [[4]] brigades, Seoul said, after "
        "satellite images showed troops gathering in Ussuriysk.",
        PE(ap(12000), "soldier", "deployed", NK), CT(ex(4), "brigade", "deployed", NK)),
    doc("w-03", "2024-10-24", WIRE,
        "The Pentagon said there was evidence that [[at least 3,000]] North Korean troops had moved to "
        "eastern Russia in early to mid October, and that they would probably head to the front.",
        PE(ge(3000), "troop", "deployed", NK, "Russian Far East")),
    doc("w-04", "2024-11-05", WIRE,
        "[[About 11,000]] North Korean soldiers are now in Kursk Oblast, President Volodymyr Zelensky said. "
        "Washington's estimate is lower: the Pentagon says [[roughly 8,000]] have moved to the region, out "
        "of [[some 10,000]] sent to Russia.",
        PE(ap(11000), "soldier", "deployed", NK, "Kursk Oblast"),
        PE(ap(8000), "soldier", "deployed", NK, "Kursk Oblast"),
        PE(ap(10000), "soldier", "deployed", NK, "Russia")),
    doc("w-05", "2024-12-17", WIRE,
        "[[Dozens]] of North Korean soldiers were killed or wounded in the Kursk region over the weekend, "
        "Ukraine's military intelligence said. US officials said [[hundreds]] had been killed or wounded "
        "since the troops entered combat.",
        CA(vg(12, 12, 99), "soldier", "killed or injured", NK, "Kursk Oblast"),
        CA(vg(100, 100, 999), "soldier", "killed or injured", NK)),
    doc("w-06", "2024-12-23", WIRE,
        "[[More than 3,000]] North Korean soldiers have been killed or wounded in the Kursk region, "
        "Zelensky said on Monday, citing preliminary data.",
        CA(ge(3000), "soldier", "killed or injured", NK, "Kursk Oblast")),
    doc("w-07", "2024-12-24", WIRE,
        "Ukraine's president put North Korean losses in Kursk at [[over 3,000]] killed and wounded, well "
        "above the South Korean estimate of [[at least 100]] dead and [[nearly 1,000]] injured.",
        CA(ge(3000), "soldier", "killed or injured", NK, "Kursk Oblast"),
        CA(ge(100), "soldier", "killed", NK), CA(am(1000), "soldier", "injured", NK)),
    doc("w-08", "2025-01-13", WIRE,
        "Seoul's intelligence service estimated on Monday that [[some 300]] North Korean soldiers had been "
        "killed and [[2,700]] wounded, and confirmed that Ukraine had captured [[2]] of them.",
        CA(ap(300), "soldier", "killed", NK), CA(ex(2700), "soldier", "injured", NK),
        PE(ex(2), "soldier", "captured", NK)),
    doc("w-09", "2025-02-27", WIRE,
        "South Korea's spy agency said North Korea appeared to have sent [[1,000 to 3,000]] more troops to "
        "Russia this year after heavy losses. It put North Korean casualties at [[about 4,000]].",
        PE(rg(1000, 3000), "troop", "deployed", NK, "Russia"),
        CA(ap(4000), "casualty", "killed or injured", NK)),
    doc("w-10", "2024-09-10", WIRE,
        "Russia said it shot down [[144]] Ukrainian drones overnight, [[20]] of them over the Moscow region. "
        "[[One]] woman was killed in Ramenskoye and [[3]] people were injured.",
        DR(ex(144), "drone", "destroyed", UA), DR(ex(20), "drone", "destroyed", UA, "Moscow Oblast"),
        CA(ex(1), "woman", "killed", None, "Ramenskoye"),
        CA(ex(3), "person", "injured", None, "Ramenskoye")),
    doc("w-11", "2024-09-10", WIRE,
        "[[At least 48]] flights were diverted from Moscow airports after Russia's defence ministry reported "
        "destroying [[144]] Ukrainian drones across [[8]] regions, including [[72]] over Bryansk Oblast.",
        CT(ge(48), "flight", None, None, "Moscow"), DR(ex(144), "drone", "destroyed", UA),
        CT(ex(8), "region"), DR(ex(72), "drone", "destroyed", UA, "Bryansk Oblast")),
    doc("w-12", "2024-09-11", WIRE,
        "A day after the raid, the Moscow region's health ministry said the number of injured had risen to "
        "[[4]]. The woman killed in Ramenskoye was 46 years old.",
        CA(ex(4), "person", "injured", None, "Moscow Oblast")),
    doc("w-13", "2024-08-05", WIRE,
        "The Netherlands has pledged [[24]] F-16 jets, Denmark [[19]] and Norway [[6]]; Belgium promised "
        "[[30]] by 2028.",
        EQ(ex(24), "jet", "pledged", "Netherlands"), EQ(ex(19), "jet", "pledged", "Denmark"),
        EQ(ex(6), "jet", "pledged", "Norway"), EQ(ex(30), "jet", "pledged", "Belgium")),
    doc("w-14", "2024-04-27", WIRE,
        "The United States has delivered all [[31]] M1A1 Abrams tanks it promised, but Ukrainian crews "
        "pulled most of them back from the front after [[5]] were destroyed by Russian drones, US officials "
        "said.",
        EQ(ex(31), "tank", "delivered", US), EQ(ex(5), "tank", "destroyed", UA)),
    doc("w-15", "2024-12-05", WIRE,
        "Germany has handed Ukraine its fourth IRIS-T SLM air defence system and [[10]] Leopard 1A5 tanks, "
        "the government said; [[8]] more IRIS-T launchers will follow in 2025.",
        EQ(ex(10), "tank", "delivered", "Germany"), EQ(ex(8), "launcher", "pledged", "Germany")),
    doc("w-16", "2024-11-27", WIRE,
        "Russia launched [[188]] drones overnight, a record at the time, and [[4]] missiles, the air force "
        "said. [[76]] drones were shot down over [[17]] regions and [[95]] were lost locally.",
        DR(ex(188), "drone", "launched", RU), MI(ex(4), "missile", "launched", RU),
        DR(ex(76), "drone", "destroyed", RU), CT(ex(17), "region"), DR(ex(95), "drone", "lost", RU)),
    doc("w-17", "2024-11-28", WIRE,
        "Ukraine's air force said Russia had used a record [[188]] drones in one night, knocking out power "
        "in the west. [[About 523,000]] households in Ternopil Oblast were left without electricity.",
        DR(ex(188), "drone", "launched", RU), CT(ap(523000), "household", None, None, "Ternopil Oblast")),
    doc("w-18", "2025-04-14", WIRE,
        "Russia's missile strike on Sumy killed [[35]] people, including [[2]] children, and wounded "
        "[[117]], officials said. Moscow said it had targeted a gathering of commanders and killed [[more "
        "than 60]] Ukrainian servicemen.",
        CA(ex(35), "person", "killed", None, "Sumy"), CA(ex(2), "child", "killed", None, "Sumy"),
        CA(ex(117), "person", "injured", None, "Sumy"),
        CA(ge(60), "serviceman", "killed", UA, "Sumy")),
    doc("w-19", "2024-09-04", WIRE,
        "The death toll from the Iskander-M strike on a military institute in Poltava rose to [[55]] on "
        "Wednesday, and [[328]] people were wounded. [[Two]] missiles hit the institute.",
        CA(ex(55), "person", "killed", None, "Poltava"), CA(ex(328), "person", "injured", None, "Poltava"),
        MI(ex(2), "missile", "hit", RU, "Poltava")),
    doc("w-20", "2024-05-26", WIRE,
        "[[At least 16]] people were killed and [[43]] wounded when [[2]] guided bombs hit a hypermarket in "
        "Kharkiv, where [[up to 200]] people may have been inside.",
        CA(ge(16), "person", "killed", None, "Kharkiv"), CA(ex(43), "person", "injured", None, "Kharkiv"),
        MI(ex(2), "bomb", "hit", RU, "Kharkiv"), CT(le(200), "person", None, None, "Kharkiv")),
    doc("w-21", "2024-07-02", WIRE,
        "[[Dozens]] of recruits arrive each week at a Ukrainian brigade's training ground, its commander "
        "said. The army had asked for [[between 450,000 and 500,000]] more troops, but officials have not "
        "said how many will be mobilised.",
        PE(vg(12, 12, 99), "recruit", "deployed", UA), PE(rg(450000, 500000), "troop", "mobilised", UA)),
    doc("w-22", "2024-09-17", WIRE,
        "Russia has recruited [[about 190,000]] contract soldiers since January, Dmitry Medvedev said, and "
        "President Vladimir Putin ordered the army to grow by [[180,000]] troops to [[1.5 million]] "
        "servicemen.",
        PE(ap(190000), "soldier", "mobilised", RU), PE(ex(180000), "troop", "mobilised", RU),
        PE(ex(1.5e6), "serviceman", None, RU)),
    doc("w-23", "2025-05-23", WIRE,
        "Russia and Ukraine began the largest prisoner exchange of the war on Friday, each freeing [[390]] "
        "prisoners of war. In total [[1,000]] prisoners from each side are to be swapped over [[3]] days.",
        PE(ex(390), "prisoner of war", "released"), PE(ex(1000), "prisoner", "released"),
        DUR(ex(3), "day")),
    doc("w-24", "2024-08-20", WIRE,
        "Ukraine's top commander said its forces controlled [[1,263 square kilometres]] of Russia's Kursk "
        "region and [[93]] settlements. Russian officials said [[some 121,000]] people had been evacuated.",
        AREA(ex(1263), "square kilometer", None, UA, "Kursk Oblast"),
        CT(ex(93), "settlement", "captured", None, "Kursk Oblast"),
        CT(ap(121000), "person", None, None, "Kursk Oblast")),
    doc("w-25", "2024-05-13", WIRE,
        "Russia has assembled [[about 50,000]] troops in Belgorod Oblast, across the border from Kharkiv, "
        "Ukraine's military intelligence said, and plans to add [[10,000]] more by summer.",
        PE(ap(50000), "troop", "deployed", RU, "Belgorod Oblast"),
        PE(ex(10000), "troop", "deployed", RU)),
    doc("w-26", "2025-03-18", WIRE,
        "[[More than 1,400]] Russian soldiers have contacted Ukraine's surrender hotline this year, a "
        "project spokesman said, and [[about 6,000]] Russian prisoners of war are held in Ukraine.",
        PE(ge(1400), "soldier", "surrendered", RU), PE(ap(6000), "prisoner of war", "captured", RU, UA)),
    doc("w-27", "2024-06-14", WIRE,
        "President Vladimir Putin said [[almost 700,000]] Russian troops were fighting in Ukraine, up from "
        "[[617,000]] at the end of last year.",
        PE(am(700000), "troop", "deployed", RU, UA), PE(ex(617000), "troop", "deployed", RU, UA)),
    doc("w-28", "2024-10-17", WIRE,
        "Australia will send [[49]] M1A1 Abrams tanks to Ukraine, the defence minister said. Zelensky said "
        "Ukraine also needed [[at least 7]] Patriot systems; Germany has pledged [[3]].",
        EQ(ex(49), "tank", "pledged", "Australia"), EQ(ge(7), "system", None, UA),
        EQ(ex(3), "system", "pledged", "Germany")),
    doc("w-29", "2024-03-12", WIRE,
        "Russia has lost [[more than 3,000]] tanks since February 2022, according to open-source counts "
        "of photographed losses, and about [[40%]] of them were captured intact or abandoned.",
        EQ(ge(3000), "tank", "lost", RU), PCT(ap(40), "percent", None, RU)),
    doc("w-30", "2024-11-21", WIRE,
        "Putin said the new Oreshnik missile fired at Dnipro flies at [[2.5 to 3 km per second]]. Ukraine's "
        "air force said [[6]] of [[7]] Kh-101 cruise missiles launched at the same time were shot down.",
        SPEED(rg(2.5, 3), "kilometer / second"), MI(ex(6), "missile", "destroyed", RU),
        MI(ex(7), "missile", "launched", RU)),
    doc("w-31", "2025-06-25", WIRE,
        "NATO allies agreed in The Hague to raise defence spending to [[5%]] of GDP by 2035, including "
        "[[3.5%]] on core military needs. France said it would train [[26]] more Ukrainian pilots.",
        PCT(ex(5), "percent", None, "NATO"), PCT(ex(3.5), "percent", None, "NATO"),
        PE(ex(26), "pilot", None, UA)),
    doc("w-32", "2025-07-09", WIRE,
        "Russia's overnight barrage of [[728]] drones targeted Lutsk, [[some 400 km]] from the front line "
        "and [[about 100 km]] from the Polish border, the air force said.",
        DR(ex(728), "drone", "launched", RU), DIST(ap(400), "kilometer", None, None, "Lutsk"),
        DIST(ap(100), "kilometer", None, None, "Lutsk")),

    doc("w-33", "2025-05-16", WIRE,
        "The Netherlands has delivered the last of the [[24]] F-16 fighter jets it promised Ukraine, the "
        "Dutch defence ministry said on Friday. [[Dozens]] of Ukrainian pilots and [[more than 300]] "
        "technicians have been trained in Romania and Denmark.",
        EQ(ex(24), "jet", "delivered", "Netherlands"), PE(vg(12, 12, 99), "pilot", None, UA),
        PE(ge(300), "technician", None, UA)),

    # --- aid announcements -------------------------------------------------------------------
    doc("aid-01", "2024-04-24", AID,
        "President Joe Biden signed a [[$95 billion]] foreign aid bill that includes [[nearly $61 "
        "billion]] for Ukraine. The Pentagon announced a [[$1 billion]] weapons package the same day.",
        money(ex(95e9), "USD", "approved", US), money(am(61e9), "USD", "approved", US),
        money(ex(1e9), "USD", "announced", US)),
    doc("aid-02", "2024-05-03", AID,
        "Britain will give Ukraine [[£3 billion a year]] for as long as necessary, Foreign Secretary David "
        "Cameron said in Kyiv. Rishi Sunak had announced an extra [[£500 million]] ([[$625 million]]) in "
        "April.",
        money(ex(3e9), "GBP", "pledged", UK), money(ex(500e6), "GBP", "announced", UK),
        money(ex(625e6), "USD", "announced", UK)),
    doc("aid-03", "2024-06-14", AID,
        "G7 leaders agreed a [[$50 billion]] ([[£39.3 billion]]) loan for Ukraine funded by profits from "
        "frozen Russian assets.\n($1 = 0.7860 pounds)",
        money(ex(50e9), "USD", "loaned", "G7"), money(ex(39.3e9), "GBP", "loaned", "G7")),
    doc("aid-04", "2024-10-25", AID,
        "The European Union will contribute [[€18.1 billion]] ([[$19.6 billion]]) to the G7 loan, the "
        "United States [[$20 billion]], Canada [[C$5 billion]] and Japan [[¥471.9 billion]].\n"
        "($1 = 0.9255 euros)",
        money(ex(18.1e9), "EUR", "loaned", EU), money(ex(19.6e9), "USD", "loaned", EU),
        money(ex(20e9), "USD", "loaned", US), money(ex(5e9), "CAD", "loaned", "Canada"),
        money(ex(471.9e9), "JPY", "loaned", "Japan")),
    doc("aid-05", "2024-10-23", AID,
        "Britain will lend Ukraine [[£2.26 billion]] ([[$2.93 billion]]) as its share of the G7 loan, to "
        "be spent on military equipment, Chancellor Rachel Reeves said.",
        money(ex(2.26e9), "GBP", "loaned", UK), money(ex(2.93e9), "USD", "loaned", UK)),
    doc("aid-06", "2024-06-20", AID,
        "Norway will give [[1.1 billion Norwegian crowns]] ([[$104 million]]) for Patriot air defence "
        "equipment, part of its [[NOK 75 billion]] Nansen support programme.",
        money(ex(1.1e9), "NOK", "pledged", "Norway"), money(ex(104e6), "USD", "pledged", "Norway"),
        money(ex(75e9), "NOK", "pledged", "Norway")),
    doc("aid-07", "2024-09-05", AID,
        "Denmark will spend [[DKK 1.3 billion]] ([[$193 million]]) buying [[18]] Bohdana howitzers from "
        "Ukrainian manufacturers for Ukraine's army, the Danish defence ministry said.",
        money(ex(1.3e9), "DKK", "spent", "Denmark"), money(ex(193e6), "USD", "spent", "Denmark"),
        EQ(ex(18), "howitzer", None, "Denmark")),
    doc("aid-08", "2024-05-29", AID,
        "Sweden unveiled its largest aid package yet on Wednesday, worth [[13.3 billion Swedish crowns]] "
        "([[$1.25 billion]]), including [[2]] ASC 890 surveillance aircraft and Pbv 302 armoured "
        "personnel carriers.",
        money(ex(13.3e9), "SEK", "announced", "Sweden"), money(ex(1.25e9), "USD", "announced", "Sweden"),
        EQ(ex(2), "aircraft", "announced", "Sweden")),
    doc("aid-09", "2025-03-20", AID,
        "Sweden plans to give Ukraine military aid worth [[SEK 18 billion]] this year, and Denmark "
        "announced [[7.2 billion Danish kroner]] ([[$1.04 billion]]) for weapons, most of it for "
        "Ukrainian-made arms.",
        money(ex(18e9), "SEK", "pledged", "Sweden"), money(ex(7.2e9), "DKK", "announced", "Denmark"),
        money(ex(1.04e9), "USD", "announced", "Denmark")),
    doc("aid-10", "2024-09-18", AID,
        "Ukraine's parliament approved an extra [[500 billion hryvnias]] ([[$12.1 billion]]) for defence "
        "this year.",
        money(ex(500e9), "UAH", "approved", UA), money(ex(12.1e9), "USD", "approved", UA)),
    doc("aid-11", "2024-11-19", AID,
        "Lawmakers approved the 2025 budget, with [[about 2.2 trillion hryvnias]] ([[$53 billion]]), or "
        "[[26%]] of GDP, allocated to defence.",
        money(ap(2.2e12), "UAH", "approved", UA), money(ex(53e9), "USD", "approved", UA),
        PCT(ex(26), "percent", None, UA)),
    doc("aid-12", "2024-09-12", AID,
        "Poland approved its 46th military aid package for Ukraine, worth [[about 1.3 billion zł]], the "
        "deputy prime minister said.",
        money(ap(1.3e9), "PLN", "approved", "Poland")),
    doc("aid-13", "2025-06-10", AID,
        "Poland has sent Ukraine military aid worth [[12.4 billion zł]] ([[$3.3 billion]]) since 2022, "
        "including [[more than 300]] tanks, the defence minister said.",
        money(ex(12.4e9), "PLN", "delivered", "Poland"), money(ex(3.3e9), "USD", "delivered", "Poland"),
        EQ(ge(300), "tank", "delivered", "Poland")),
    doc("aid-14", "2025-06-10", AID,
        "Japan has disbursed [[¥235 billion]] ([[US$1.63 billion]]) to Ukraine under the G7 loan. Canada "
        "pledged [[C$2 billion]] in new military aid and a [[C$2.3 billion]] loan.",
        money(ex(235e9), "JPY", "loaned", "Japan"), money(ex(1.63e9), "USD", "loaned", "Japan"),
        money(ex(2e9), "CAD", "pledged", "Canada"), money(ex(2.3e9), "CAD", "loaned", "Canada")),
    doc("aid-15", "2024-07-26", AID,
        "The European Union transferred the first [[€1.5 billion]] of windfall profits from frozen Russian "
        "assets to Ukraine. [[About €210 billion]] of Russian central bank assets are immobilised in the "
        "EU.",
        money(ex(1.5e9), "EUR", "delivered", EU), money(ap(210e9), "EUR", "frozen", RU, EU)),
    doc("aid-16", "2024-12-02", AID,
        "The Pentagon announced a [[$725 million]] arms package for Ukraine on Monday, including Stinger "
        "missiles and HIMARS ammunition, and said [[about $5.6 billion]] of drawdown authority remained.",
        money(ex(725e6), "USD", "announced", US), money(ap(5.6e9), "USD", None, US)),
    doc("aid-17", "2024-03-12", AID,
        "Germany announced a [[€500 million]] military aid package on Tuesday, including [[10,000]] rounds "
        "of artillery ammunition from Bundeswehr stocks and [[100]] armoured vehicles.",
        money(ex(500e6), "EUR", "announced", "Germany"), MI(ex(10000), "round", "announced", "Germany"),
        EQ(ex(100), "vehicle", "announced", "Germany")),
    doc("aid-18", "2025-02-24", AID,
        "Britain will provide Ukraine with [[£4.5 billion]] in military support this year, the most ever, "
        "and [[more than 100,000]] drones, the defence secretary said.",
        money(ex(4.5e9), "GBP", "pledged", UK), DR(ge(100000), "drone", "pledged", UK)),
    doc("aid-19", "2024-12-11", AID,
        "Norway's parliament agreed to raise the Nansen programme to [[NOK 35 billion]] for 2025, "
        "[[roughly $3.1 billion]].",
        money(ex(35e9), "NOK", "approved", "Norway"), money(ap(3.1e9), "USD", "approved", "Norway")),
    doc("aid-20", "2025-02-24", AID,
        "The EU and its member states have provided [[more than €135 billion]] to Ukraine since February "
        "2022, including [[nearly €50 billion]] in military aid.",
        money(ge(135e9), "EUR", "delivered", EU), money(am(50e9), "EUR", "delivered", EU)),
    doc("aid-21", "2024-12-30", AID,
        "The United States announced [[$2.5 billion]] in weapons for Ukraine: a [[$1.25 billion]] "
        "drawdown from stocks and [[$1.22 billion]] in contracts with industry. US military aid since "
        "February 2022 now totals [[more than $65 billion]].",
        money(ex(2.5e9), "USD", "announced", US), money(ex(1.25e9), "USD", "announced", US),
        money(ex(1.22e9), "USD", "announced", US), money(ge(65e9), "USD", "delivered", US)),
    doc("aid-22", "2024-07-15", AID,
        "Ukraine's finance ministry said it needed [[about $3 billion a month]] in budget support and "
        "expected [[$1-2 billion]] from Japan before the end of the year.",
        money(ap(3e9), "USD", None, UA), money(rg(1e9, 2e9), "USD", None, "Japan")),
    doc("aid-23", "2024-06-14", AID,
        "[[About €210 billion]] of Russia's frozen sovereign assets are held in the European Union. The "
        "windfall profits are expected to reach [[€2.5 billion to €3 billion a year]].\n"
        "($1 = 0.9338 euros)",
        money(ap(210e9), "EUR", "frozen", RU, EU), money(rg(2.5e9, 3e9), "EUR", None, RU)),
    doc("aid-24", "2025-01-09", AID,
        "Defence Secretary Lloyd Austin announced a final [[$500 million]] package, and said the "
        "coalition had pledged [[more than $2 billion]] for drones. Germany said it would deliver [[4]] "
        "more IRIS-T systems and [[12]] Gepard anti-aircraft guns.",
        money(ex(500e6), "USD", "announced", US), money(ge(2e9), "USD", "pledged"),
        EQ(ex(4), "system", "pledged", "Germany"), EQ(ex(12), "gun", "pledged", "Germany")),
    doc("aid-25", "2024-10-10", AID,
        "Germany, Belgium, Denmark and Norway will give Ukraine a package worth [[more than €1.4 "
        "billion]], Berlin said, including [[at least 100]] Leopard 1 tanks and IRIS-T missiles. Norway "
        "will contribute [[NOK 500 million]].",
        money(ge(1.4e9), "EUR", "pledged"), EQ(ge(100), "tank", "pledged"),
        money(ex(500e6), "NOK", "pledged", "Norway")),

    # --- live blog entries -------------------------------------------------------------------
    doc("lb-01", "2024-08-26", LIVE,
        "## 11:30 Air force: [[127]] missiles, [[109]] drones\n"
        "Russia launched [[127]] missiles and [[109]] drones overnight, the air force said. [[102]] "
        "missiles and [[99]] drones were destroyed.",
        MI(ex(127), "missile", "launched", RU), DR(ex(109), "drone", "launched", RU),
        MI(ex(127), "missile", "launched", RU), DR(ex(109), "drone", "launched", RU),
        MI(ex(102), "missile", "destroyed", RU), DR(ex(99), "drone", "destroyed", RU)),
    doc("lb-02", "2024-08-26", LIVE,
        "## 20:45 Recap of the day\n"
        "Russia fired [[236]] air attack weapons at Ukraine overnight and in the morning, of which [[201]] "
        "were shot down. [[At least 7]] people were killed across the country.",
        CT(ex(236), "weapon", "launched", RU), CT(ex(201), "weapon", "destroyed", RU),
        CA(ge(7), "person", "killed", None, UA)),
    doc("lb-03", "2024-11-05", LIVE,
        "## 07:30 Zelensky: [[11,000]] North Korean soldiers in Kursk\n"
        "There are now [[11,000]] North Korean soldiers in the Kursk region, Volodymyr Zelensky said, and "
        "Ukrainian units have engaged them for the first time.",
        PE(ex(11000), "soldier", "deployed", NK, "Kursk Oblast"),
        PE(ex(11000), "soldier", "deployed", NK, "Kursk Oblast")),
    doc("lb-04", "2024-11-05", LIVE,
        "## 12:40 Drone attack on Kyiv overnight\n"
        "Russia launched [[96]] drones overnight; [[62]] were shot down and [[31]] lost locally. In Kyiv "
        "[[2]] people were injured by falling debris.",
        DR(ex(96), "drone", "launched", RU), DR(ex(62), "drone", "destroyed", RU),
        DR(ex(31), "drone", "lost", RU), CA(ex(2), "person", "injured", None, "Kyiv")),
    doc("lb-05", "2025-04-13", LIVE,
        "## 13:15 Death toll rises to [[32]]\n"
        "The death toll in Sumy has risen to [[32]], including [[2]] children, and [[84]] people were "
        "injured, the interior ministry said.",
        CA(ex(32), "person", "killed", None, "Sumy"), CA(ex(32), "person", "killed", None, "Sumy"),
        CA(ex(2), "child", "killed", None, "Sumy"), CA(ex(84), "person", "injured", None, "Sumy")),
    doc("lb-06", "2025-04-13", LIVE,
        "## 21:00 Recap\n"
        "[[Two]] Iskander-M missiles struck Sumy this morning. [[34]] people were killed, including [[2]] "
        "children, and [[117]] were injured, [[15]] of them children.",
        MI(ex(2), "missile", "hit", RU, "Sumy"), CA(ex(34), "person", "killed", None, "Sumy"),
        CA(ex(2), "child", "killed", None, "Sumy"), CA(ex(117), "person", "injured", None, "Sumy"),
        CA(ex(15), "child", "injured", None, "Sumy")),
    doc("lb-07", "2024-07-08", LIVE,
        "## 10:50 Children's hospital hit in Kyiv\n"
        "[[A]] Russian missile hit the Okhmatdyt children's hospital in Kyiv. [[At least 7]] people were "
        "killed in the capital and [[10]] in Kryvyi Rih, officials said.",
        MI(ex(1), "missile", "hit", RU, "Kyiv"),
        CA(ge(7), "person", "killed", None, "Kyiv"), CA(ex(10), "person", "killed", None, "Kryvyi Rih")),
    doc("lb-08", "2024-07-08", LIVE,
        "## 19:30 Recap\n"
        "Russia launched [[38]] missiles in a daytime attack; [[30]] were shot down. The death toll across "
        "Ukraine rose to [[33]], and [[more than 120]] people were injured.",
        MI(ex(38), "missile", "launched", RU), MI(ex(30), "missile", "destroyed", RU),
        CA(ex(33), "person", "killed", None, UA), CA(ge(120), "person", "injured", None, UA)),
    doc("lb-09", "2025-07-04", LIVE,
        "## 08:10 Kyiv hit by record drone attack\n"
        "The air force said Russia launched [[539]] drones and [[11]] missiles overnight. Kyiv's mayor "
        "said [[1]] person was killed and [[23]] injured, and that fires broke out in [[at least 5]] "
        "districts.",
        DR(ex(539), "drone", "launched", RU), MI(ex(11), "missile", "launched", RU),
        CA(ex(1), "person", "killed", None, "Kyiv"), CA(ex(23), "person", "injured", None, "Kyiv"),
        CT(ge(5), "district", None, None, "Kyiv")),
    doc("lb-10", "2024-10-28", LIVE,
        "## 09:10 NATO confirms deployment\n"
        "NATO Secretary General Mark Rutte said North Korean units had been deployed to the Kursk region. "
        "Seoul says [[about 10,000]] North Korean soldiers are in Russia.",
        PE(ap(10000), "soldier", "deployed", NK, "Russia")),
    doc("lb-11", "2025-05-25", LIVE,
        "## 09:40 Air force: [[355]] drones, [[9]] missiles\n"
        "Russia attacked with [[355]] drones and [[9]] Kh-101 cruise missiles overnight; [[288]] drones were "
        "shot down and [[45]] lost locally, while all [[9]] missiles were destroyed.",
        DR(ex(355), "drone", "launched", RU), MI(ex(9), "missile", "launched", RU),
        DR(ex(355), "drone", "launched", RU), MI(ex(9), "missile", "launched", RU),
        DR(ex(288), "drone", "destroyed", RU), DR(ex(45), "drone", "lost", RU),
        MI(ex(9), "missile", "destroyed", RU)),
    doc("lb-12", "2025-05-25", LIVE,
        "## 2025-05-25T13:05 Zhytomyr mourns\n"
        "[[At least 12]] people were killed in the overnight attack, including [[3]] children in Zhytomyr "
        "Oblast, and [[dozens]] were injured, officials said.",
        CA(ge(12), "person", "killed", None, UA), CA(ex(3), "child", "killed", None, "Zhytomyr Oblast"),
        CA(vg(12, 12, 99), "person", "injured", None, UA)),
    doc("lb-13", "2024-09-10", LIVE,
        "## 07:55 Moscow airports closed\n"
        "Flights were suspended at [[3]] Moscow airports after what officials described as a massive drone "
        "attack. The defence ministry said [[20]] drones were shot down over the Moscow region.",
        CT(ex(3), "airport", None, None, "Moscow"), DR(ex(20), "drone", "destroyed", None, "Moscow Oblast")),
    doc("lb-14", "2024-12-25", LIVE,
        "## 10:20 Air force: [[78]] missiles, [[106]] drones\n"
        "Russia launched [[78]] missiles and [[106]] drones in a Christmas morning attack on the energy "
        "system. [[59]] missiles and [[54]] drones were shot down; [[52]] drones were lost locally. In "
        "Kharkiv [[6]] people were injured.",
        MI(ex(78), "missile", "launched", RU), DR(ex(106), "drone", "launched", RU),
        MI(ex(78), "missile", "launched", RU), DR(ex(106), "drone", "launched", RU),
        MI(ex(59), "missile", "destroyed", RU), DR(ex(54), "drone", "destroyed", RU),
        DR(ex(52), "drone", "lost", RU), CA(ex(6), "person", "injured", None, "Kharkiv")),
    doc("lb-15", "2025-01-13", LIVE,
        "## 16:20 Prisoners could be exchanged\n"
        "Zelensky said Ukraine was ready to hand over the [[2]] captured North Korean soldiers to Kim Jong "
        "Un in exchange for Ukrainians held in Russia. One of them told interrogators he had trained for "
        "[[about a week]].",
        PE(ex(2), "soldier", "captured", NK), DUR(ap(1), "week")),
]


def build_document(source: dict[str, Any]) -> dict[str, Any]:
    """Strip the markers of one source document and attach offsets to its facts."""
    marked: str = source["text"]
    facts: list[dict[str, Any]] = source["facts"]
    pieces: list[str] = []
    spans: list[tuple[str, int, int]] = []
    cursor = 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[cursor:match.start()]
        pieces.append(before)
        length += len(before)
        span = match.group(1)
        spans.append((span, length, length + len(span)))
        pieces.append(span)
        length += len(span)
        cursor = match.end()
    pieces.append(marked[cursor:])
    text = "".join(pieces)
    if "[[" in text or "]]" in text:
        raise ValueError(f"{source['id']}: unbalanced span marker")
    if len(spans) != len(facts):
        raise ValueError(f"{source['id']}: {len(spans)} marked spans but {len(facts)} facts")
    out_facts = []
    for (span, start, end), annotation in zip(spans, facts, strict=True):
        out_facts.append({"span": span, "start": start, "end": end, **annotation})
    return {"id": source["id"], "text": text, "published": source["published"], "style": source["style"],
            "facts": out_facts}


def build() -> list[dict[str, Any]]:
    """Return every gold document, built from the annotations."""
    return [build_document(source) for source in DOCS]


def dumps(documents: list[dict[str, Any]]) -> str:
    """Serialise documents as JSON Lines, the exact content of ``dev.jsonl``."""
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)


def audit(documents: list[dict[str, Any]]) -> None:
    """Print each run of digits outside every span, for a reviewer to confirm it is no quantity."""
    for doc in documents:
        covered = [(f["start"], f["end"]) for f in doc["facts"]]
        for m in re.finditer(r"\d[\d,.]*", doc["text"]):
            if not any(s <= m.start() < e for s, e in covered):
                lo, hi = max(0, m.start() - 25), min(len(doc["text"]), m.end() + 25)
                context = doc["text"][lo:hi].replace("\n", " ")
                print(f"{doc['id']:>8}  {m.group():>8}  ...{context}...")


def write(documents: list[dict[str, Any]], out: Path, description: str | None) -> None:
    """The command line of every gold builder: write ``out``, print counts per category, ``--audit``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--audit", action="store_true", help="list digits outside annotated spans")
    args = parser.parse_args()
    out.write_text(dumps(documents), encoding="utf-8")
    counts = Counter(f["category"] for d in documents for f in d["facts"])
    print(f"{len(documents)} documents, {sum(counts.values())} facts -> {out}")
    for category, n in counts.most_common():
        print(f"  {category:<12} {n}")
    if args.audit:
        audit(documents)


def main() -> None:
    """Write dev.jsonl and print counts per category."""
    write(build(), OUT, __doc__)


if __name__ == "__main__":
    main()
