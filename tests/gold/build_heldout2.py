"""Build ``tests/gold/heldout2.jsonl``: a second held-out gold set, written after the code and scored once.

The first held-out set (``heldout.jsonl``) was read while tuning quantex, so it no longer gives a blind
estimate. These texts were written afterwards, with wording chosen to differ from both earlier sets:
wire copy with datelines, live-blog entries with clock times, Ukrainian air force morning summaries,
Russian defence ministry statements in their translated register, aid announcements in EUR, GBP, JPY,
CAD, NOK, SEK, PLN and UAH. Hard cases: elliptical counts ("Of the 81 attack drones sent ..., air
defence brought down 56"), per-region breakdowns, "including"/"of them", zero casualty phrases,
opposing claimants, designations (Shahed-136, Leopard 2, PT-91, CV90) and nationalities before nouns,
ranges, vague quantities ("hundreds", "a handful"), running totals "since February 2022", variant
spellings (Krasnoarmeysk for Pokrovsk). The figures are modelled on public reporting from 2024-2025; the
wording is invented.

The annotation helpers are those of ``build_gold.py`` as ``build_heldout.py`` exposes them (same
markers, same guidelines, see README.md), including the held-out rule that zero casualty phrases ("no
one was injured") are facts with value 0.

    python tests/gold/build_heldout2.py          # rewrite heldout2.jsonl
    python tests/gold/build_heldout2.py --audit  # also list digits left outside any span

Do not tune quantex on this file: measure on it.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # run as a script or loaded by a test, the builders import each other
OUT = HERE / "heldout2.jsonl"


_h: Any = importlib.import_module("build_heldout")  # the script beside this one
_b = _h._b
ex, ap, vg, ge, le, am, rg = _h.ex, _h.ap, _h.vg, _h.ge, _h.le, _h.am, _h.rg
money, doc = _h.money, _h.doc
DR, MI, PE, CA, EQ, CT, PCT, DUR = _h.DR, _h.MI, _h.PE, _h.CA, _h.EQ, _h.CT, _h.PCT, _h.DUR
DIST = _b.DIST
AF, MOD, WIRE, AID, LIVE = _h.AF, _h.MOD, _h.WIRE, _h.AID, _h.LIVE
RU, UA, NK, US, UK, EU = _h.RU, _h.UA, _h.NK, _h.US, _h.UK, _h.EU

DOCS: list[dict[str, Any]] = [
    # --- Ukrainian air force morning summaries -----------------------------------------------
    doc("h2-af-01", "2025-01-15", AF,
        "On the night of 15 January the Russians struck with [[74]] Shahed-type strike UAVs and [[43]] "
        "missiles of various basing, the Air Force of the Armed Forces of Ukraine reported. Anti-aircraft "
        "units, mobile fire teams and EW assets neutralised [[30]] missiles and [[47]] UAVs; a further [[22]] "
        "UAVs vanished from radar without consequences.",
        DR(ex(74), "uav", "launched", RU), MI(ex(43), "missile", "launched", RU),
        MI(ex(30), "missile", "destroyed", RU), DR(ex(47), "uav", "destroyed", RU),
        DR(ex(22), "uav", "lost", RU)),
    doc("h2-af-02", "2024-12-29", AF,
        "Of the [[81]] attack drones sent over Ukraine overnight, air defence brought down [[56]]; [[23]] more "
        "were suppressed by electronic warfare and [[two]] returned to Russian airspace.",
        DR(ex(81), "drone", "launched", RU), DR(ex(56), "drone", "destroyed", RU),
        DR(ex(23), "drone", "lost", RU), DR(ex(2), "drone", None, RU, "Russia")),
    doc("h2-af-03", "2025-04-03", AF,
        "Air defence worked in [[nine]] oblasts overnight. The occupiers sent [[103]] Geran-2 drones; [[67]] "
        "were shot down: [[21]] over Kyiv Oblast, [[14]] over Odesa Oblast and the rest over Mykolaiv, "
        "Poltava and Cherkasy oblasts.",
        CT(ex(9), "oblast"), DR(ex(103), "drone", "launched", RU), DR(ex(67), "drone", "destroyed", RU),
        DR(ex(21), "drone", "destroyed", RU, "Kyiv Oblast"), DR(ex(14), "drone", "destroyed", RU, "Odesa Oblast")),
    doc("h2-af-04", "2024-08-26", AF,
        "From 04:10 the enemy carried out a combined strike: [[four]] Tu-95MS strategic bombers fired [[28]] "
        "Kh-101 cruise missiles, and [[six]] Kinzhal aeroballistic missiles were launched from MiG-31K "
        "aircraft. Air defence destroyed [[22]] of the Kh-101s; none of the Kinzhals was intercepted.",
        EQ(ex(4), "bomber", None, RU), MI(ex(28), "missile", "launched", RU),
        MI(ex(6), "missile", "launched", RU), MI(ex(22), "missile", "destroyed", RU)),
    doc("h2-af-05", "2024-10-27", AF,
        "Since the start of the month the enemy has used [[more than 1,200]] Shahed-136 attack drones against "
        "Ukraine, an air force spokesman said on Sunday, and [[nearly 900]] of them were shot down.",
        DR(ge(1200), "drone", "launched", RU), DR(am(900), "drone", "destroyed", RU)),
    doc("h2-af-06", "2025-03-14", AF,
        "The enemy attacked with [[two]] Iskander-M ballistic missiles from the Belgorod region and [[46]] "
        "strike UAVs. As of 08:30, [[31]] UAVs had been destroyed over the Sumy, Chernihiv and Kharkiv "
        "regions and [[11]] location-lost drones were recorded; [[one]] missile struck an industrial site in "
        "Sumy.",
        MI(ex(2), "missile", "launched", RU, "Belgorod Oblast"), DR(ex(46), "uav", "launched", RU),
        DR(ex(31), "uav", "destroyed", RU), DR(ex(11), "drone", "lost", RU),
        MI(ex(1), "missile", "hit", RU, "Sumy")),
    doc("h2-af-07", "2025-02-11", AF,
        "Total for the night: [[96]] air attack assets, of which [[90]] were drones and [[six]] Kh-59/69 guided "
        "air missiles. Downed: [[six]] missiles and [[62]] drones. Hits were recorded at [[three]] locations.",
        CT(ex(96), "asset", "launched", RU), DR(ex(90), "drone", "launched", RU),
        MI(ex(6), "missile", "launched", RU), MI(ex(6), "missile", "destroyed", RU),
        DR(ex(62), "drone", "destroyed", RU), CT(ex(3), "location", "hit")),
    doc("h2-af-08", "2024-12-13", AF,
        "A Ukrainian F-16 pilot destroyed [[six]] air targets in a single sortie, the air force said: [[five]] "
        "cruise missiles and [[one]] attack drone.",
        CT(ex(6), "target", "destroyed", RU), MI(ex(5), "missile", "destroyed", RU),
        DR(ex(1), "drone", "destroyed", RU)),
    doc("h2-af-09", "2025-05-19", AF,
        "The enemy launched [[219]] Shahed strike UAVs and imitator drones of various types. According to "
        "preliminary data, [[125]] were shot down and [[78]] imitators were lost locally. Impacts were "
        "recorded in the Kyiv, Dnipropetrovsk and Donetsk regions.",
        DR(ex(219), "uav", "launched", RU), DR(ex(125), "uav", "destroyed", RU),
        DR(ex(78), "imitator", "lost", RU)),
    # --- Russian defence ministry statements ------------------------------------------------
    doc("h2-mod-01", "2025-03-11", MOD,
        "During the night, on-duty air defence assets intercepted and destroyed [[337]] fixed-wing unmanned "
        "aerial vehicles of the Kyiv regime: [[126]] over the territory of Kursk Oblast, [[91]] over Moscow "
        "Oblast, [[38]] over Bryansk Oblast, and the remainder over Belgorod, Oryol, Lipetsk and Kaluga "
        "oblasts.",
        DR(ex(337), "unmanned aerial vehicle", "destroyed", UA),
        DR(ex(126), "unmanned aerial vehicle", "destroyed", UA, "Kursk Oblast"),
        DR(ex(91), "unmanned aerial vehicle", "destroyed", UA, "Moscow Oblast"),
        DR(ex(38), "unmanned aerial vehicle", "destroyed", UA, "Bryansk Oblast")),
    doc("h2-mod-02", "2024-06-04", MOD,
        "Near Vovchansk, enemy losses in the area of responsibility of the Sever group of forces amounted to "
        "[[over 135]] troops, [[one]] tank, [[three]] armoured combat vehicles and [[four]] field artillery "
        "guns.",
        CA(ge(135), "troop", "killed or injured", UA, "Vovchansk"), EQ(ex(1), "tank", "lost", UA, "Vovchansk"),
        EQ(ex(3), "armoured combat vehicle", "lost", UA, "Vovchansk"),
        EQ(ex(4), "gun", "lost", UA, "Vovchansk")),
    doc("h2-mod-03", "2024-09-22", MOD,
        "The Russian Defence Ministry said air defence had shot down [[four]] Neptune-MD long-range missiles "
        "and [[29]] drones over Crimea and the Black Sea overnight.",
        MI(ex(4), "missile", "destroyed", UA), DR(ex(29), "drone", "destroyed", UA)),
    doc("h2-mod-04", "2024-12-30", MOD,
        "As a result of the negotiation process, [[103]] Russian servicemen have been returned from territory "
        "controlled by the Kyiv regime, the ministry said. The released men are being flown to Moscow Oblast "
        "on [[two]] military transport aircraft for treatment and rehabilitation.",
        PE(ex(103), "serviceman", "released", RU), EQ(ex(2), "aircraft", None, RU, "Moscow Oblast")),
    doc("h2-mod-05", "2025-04-16", MOD,
        "A strike by Iskander-M systems destroyed [[three]] launchers of a Patriot air defence system and its "
        "radar station in Dnipropetrovsk Oblast, the Ministry of Defence reported.",
        EQ(ex(3), "launcher", "destroyed", UA, "Dnipropetrovsk Oblast")),
    doc("h2-mod-06", "2025-02-01", MOD,
        "In the course of the week, air defence shot down [[19]] JDAM guided aerial bombs, [[11]] HIMARS "
        "multiple rocket launcher shells, [[three]] Storm Shadow long-range cruise missiles and [[1,387]] "
        "fixed-wing unmanned aerial vehicles.",
        MI(ex(19), "bomb", "destroyed", UA), MI(ex(11), "shell", "destroyed", UA),
        MI(ex(3), "missile", "destroyed", UA), DR(ex(1387), "unmanned aerial vehicle", "destroyed", UA)),
    doc("h2-mod-07", "2024-07-03", MOD,
        "Since the start of the year, [[more than 190,000]] citizens have signed contracts for military "
        "service, the ministry said, including [[some 1,500]] in the past week alone.",
        PE(ge(190000), "citizen", "mobilised", RU), PE(ap(1500), "citizen", "mobilised", RU)),
    doc("h2-mod-08", "2024-09-12", MOD,
        "In the Krasnoarmeysk direction, [[18]] servicemen of the Armed Forces of Ukraine laid down their "
        "arms and surrendered to units of the Tsentr group of forces.",
        PE(ex(18), "serviceman", "surrendered", UA, "Pokrovsk")),
    doc("h2-mod-09", "2024-10-30", MOD,
        "Operational-tactical aviation, drones and missile troops hit [[two]] Su-27 aircraft of the Ukrainian "
        "Air Force at the Myrhorod airfield and [[four]] depots of uncrewed boats, the ministry said.",
        EQ(ex(2), "aircraft", "hit", UA, "Myrhorod"), CT(ex(4), "depot", "hit", UA)),
    # --- wire copy ---------------------------------------------------------------------------
    doc("h2-w-01", "2024-06-20", WIRE,
        "KHARKIV, June 20 - [[A]] Russian glide bomb struck a residential block in Kharkiv on Thursday, killing "
        "[[three]] people and wounding [[at least 29]], among them [[four]] children, regional governor Oleh "
        "Syniehubov said. A second bomb hit an empty warehouse; [[no one was injured]] there.",
        MI(ex(1), "bomb", "hit", RU, "Kharkiv"),
        CA(ex(3), "person", "killed", None, "Kharkiv"), CA(ge(29), "person", "injured", None, "Kharkiv"),
        CA(ex(4), "child", "injured", None, "Kharkiv"), CA(ex(0), "person", "injured", None, "Kharkiv")),
    doc("h2-w-02", "2025-01-17", WIRE,
        "The number of dead from Saturday's missile attack on Dnipro climbed to [[46]], including [[six]] "
        "children, after rescuers pulled more bodies from the rubble of the apartment block. [[Around 80]] "
        "people were hurt.",
        CA(ex(46), "person", "killed", None, "Dnipro"), CA(ex(6), "child", "killed", None, "Dnipro"),
        CA(ap(80), "person", "injured", None, "Dnipro")),
    doc("h2-w-03", "2025-01-13", WIRE,
        "Kyiv's military intelligence says [[roughly 12,000]] North Korean soldiers are fighting alongside "
        "Russian units in the Kursk region, while Seoul's National Intelligence Service puts casualties among "
        "them at [[about 3,000]], including [[some 300]] dead.",
        PE(ap(12000), "soldier", "deployed", NK, "Kursk Oblast"),
        CA(ap(3000), "soldier", "killed or injured", NK, "Kursk Oblast"),
        CA(ap(300), "soldier", "killed", NK, "Kursk Oblast")),
    doc("h2-w-04", "2025-03-02", WIRE,
        "Britain will deploy [[between 700 and 900]] extra troops to Estonia in the spring, the defence "
        "secretary said, while Sweden plans to station [[some 600]] soldiers in Finland from next year.",
        PE(rg(700, 900), "troop", "deployed", UK, "Estonia"),
        PE(ap(600), "soldier", "deployed", "Sweden", "Finland")),
    doc("h2-w-05", "2024-08-15", WIRE,
        "A Dutch open-source group has visually confirmed the loss of [[at least 12]] Leopard 2 tanks by "
        "Ukraine since June, along with [[17]] Bradley infantry fighting vehicles.",
        EQ(ge(12), "tank", "lost", UA), EQ(ex(17), "infantry fighting vehicle", "lost", UA)),
    doc("h2-w-06", "2024-11-19", WIRE,
        "Berlin has approved a further [[€1.2 billion]] in military aid for Ukraine for 2025, including "
        "[[four]] more Gepard anti-aircraft guns and [[about 60,000]] artillery rounds, the German defence "
        "ministry said.",
        money(ex(1.2e9), "EUR", "approved", "Germany"), EQ(ex(4), "gun", "approved", "Germany"),
        MI(ap(60000), "round", "approved", "Germany")),
    doc("h2-w-07", "2024-05-21", WIRE,
        "Russian forces now fire [[between 10,000 and 12,000]] artillery shells a day along the front, against "
        "[[about 2,000]] fired by Ukrainian gunners, an adviser to the commander-in-chief said.",
        MI(rg(10000, 12000), "shell", "launched", RU), MI(ap(2000), "shell", "launched", UA)),
    doc("h2-w-08", "2025-01-10", WIRE,
        "Japan will lend Ukraine [[roughly 470 billion yen]] ([[$3 billion]]) as its share of the ERA loans "
        "backed by frozen Russian assets, Finance Minister Katsunobu Kato said.",
        money(ap(470e9), "JPY", "loaned", "Japan"), money(ex(3e9), "USD", "loaned", "Japan")),
    doc("h2-w-09", "2025-02-08", WIRE,
        "Russian attacks over the past day killed [[seven]] civilians and injured [[31]] across Ukraine, "
        "regional authorities said: [[three]] people died in Donetsk Oblast, [[two]] in Kherson Oblast and "
        "[[two]] in Zaporizhzhia Oblast.",
        CA(ex(7), "civilian", "killed", None, "Ukraine"), CA(ex(31), "civilian", "injured", None, "Ukraine"),
        CA(ex(3), "person", "killed", None, "Donetsk Oblast"), CA(ex(2), "person", "killed", None, "Kherson Oblast"),
        CA(ex(2), "person", "killed", None, "Zaporizhzhia Oblast")),
    doc("h2-w-10", "2025-03-13", WIRE,
        "Ukraine's General Staff said its drones had hit the Ryazan oil refinery overnight; Russia's defence "
        "ministry said it had downed [[121]] Ukrainian drones, [[13]] of them over the Ryazan region, and made "
        "no mention of damage.",
        DR(ex(121), "drone", "destroyed", UA), DR(ex(13), "drone", "destroyed", UA, "Ryazan Oblast")),
    doc("h2-w-11", "2025-04-22", WIRE,
        "Ukraine's General Staff said Russian forces had lost [[1,250]] troops killed and wounded over the "
        "past day, bringing Moscow's losses since February 2022 to [[about 940,000]]. The figures cannot be "
        "independently verified.",
        CA(ex(1250), "troop", "killed or injured", RU), CA(ap(940000), "troop", "killed or injured", RU)),
    doc("h2-w-12", "2025-02-14", WIRE,
        "Russia has handed over the bodies of [[757]] fallen Ukrainian soldiers, Ukraine's coordination "
        "headquarters for prisoners of war said, and received [[34]] bodies in return.",
        CA(ex(757), "soldier", "killed", UA), CA(ex(34), "body", "killed", RU)),
    doc("h2-w-13", "2024-07-08", WIRE,
        "Russia fired [[hundreds]] of drones and [[dozens]] of missiles at Kyiv overnight in one of the "
        "heaviest raids on the capital, city officials said. [[At least 23]] people were killed and [[134]] "
        "injured.",
        DR(vg(100, 100, 999), "drone", "launched", RU, "Kyiv"), MI(vg(12, 12, 99), "missile", "launched", RU, "Kyiv"),
        CA(ge(23), "person", "killed", None, "Kyiv"), CA(ex(134), "person", "injured", None, "Kyiv")),
    doc("h2-w-14", "2024-03-29", WIRE,
        "Ukrainian marines captured [[nine]] Russian servicemen during a counterattack near Chasiv Yar, and "
        "[[a handful]] more gave themselves up the next day, the brigade said.",
        PE(ex(9), "serviceman", "captured", RU, "Chasiv Yar"),
        PE(vg(3, 2, 9), "serviceman", "surrendered", RU, "Chasiv Yar")),
    doc("h2-w-15", "2024-11-05", WIRE,
        "[[Roughly €185 billion]] of Russian central bank reserves are frozen at Euroclear in Brussels. The EU "
        "has so far passed [[€3.1 billion]] of the profits on them to Ukraine, [[95%]] of it through the "
        "European Peace Facility.",
        money(ap(185e9), "EUR", "frozen", RU, "Brussels"), money(ex(3.1e9), "EUR", "delivered", EU),
        PCT(ex(95), "percent")),
    doc("h2-w-16", "2025-06-12", WIRE,
        "France has delivered the first [[six]] of the [[12]] CAESAR self-propelled howitzers it promised "
        "this year, the armed forces ministry said; Denmark has pledged [[18]] more.",
        EQ(ex(6), "howitzer", "delivered", "France"), EQ(ex(12), "howitzer", "pledged", "France"),
        EQ(ex(18), "howitzer", "pledged", "Denmark")),
    doc("h2-w-17", "2025-04-08", WIRE,
        "Pyongyang has shipped [[between 1,000 and 1,500]] more troops to Russia since January to replace its "
        "losses, a South Korean lawmaker briefed by the spy agency said. [[Dozens]] of North Korean artillery "
        "systems have also been spotted in the Kursk region.",
        PE(rg(1000, 1500), "troop", "deployed", NK, "Russia"),
        EQ(vg(12, 12, 99), "artillery system", "deployed", NK, "Kursk Oblast")),
    doc("h2-w-18", "2024-12-14", WIRE,
        "[[A]] Ukrainian long-range drone struck a fuel depot in Engels, [[some 700 km]] from the border, the SBU "
        "said; satellite images taken the day before showed [[four]] Tu-95 bombers at the nearby air base.",
        DR(ex(1), "drone", "hit", UA, "Engels"),
        DIST(ap(700), "kilometer", None, None, "Engels"), EQ(ex(4), "bomber", None, RU, "Engels")),
    doc("h2-w-19", "2025-02-11", WIRE,
        "[[Roughly 880,000]] people serve in Ukraine's armed forces, the defence minister said, and the army "
        "will recruit [[up to 30,000]] volunteers aged 18 to 24 on [[one-year]] contracts.",
        PE(ap(880000), "person", None, UA), PE(le(30000), "volunteer", "mobilised", UA),
        DUR(ex(1), "year")),
    doc("h2-w-20", "2024-02-21", WIRE,
        "A Ukrainian mechanised brigade said it had captured [[two]] Russian T-90M tanks intact and destroyed "
        "[[14]] armoured vehicles in [[three]] days of fighting near Avdiivka.",
        EQ(ex(2), "tank", "captured", RU, "Avdiivka"), EQ(ex(14), "armoured vehicle", "destroyed", RU, "Avdiivka"),
        DUR(ex(3), "day")),
    # --- aid announcements -------------------------------------------------------------------
    doc("h2-aid-01", "2025-03-02", AID,
        "The UK will commit [[£1.6 billion]] to buy [[more than 5,000]] lightweight multirole missiles for "
        "Ukraine, built in Belfast, the Prime Minister said.",
        money(ex(1.6e9), "GBP", "pledged", UK), MI(ge(5000), "missile", "pledged", UK)),
    doc("h2-aid-02", "2025-04-10", AID,
        "Oslo is raising its support for Ukraine by [[NOK 15 billion]] this year, bringing the Nansen programme "
        "for 2025 to [[NOK 50 billion]], or [[about $4.6 billion]], the Norwegian government said.",
        money(ex(15e9), "NOK", "pledged", "Norway"), money(ex(50e9), "NOK", "pledged", "Norway"),
        money(ap(4.6e9), "USD", "pledged", "Norway")),
    doc("h2-aid-03", "2025-02-05", AID,
        "Sweden unveiled its 18th military support package, worth [[13.5 billion kronor]] ([[$1.2 billion]]), "
        "which includes [[eight]] CV90 infantry fighting vehicles and [[two]] Saab 340 AEW radar planes.",
        money(ex(13.5e9), "SEK", "announced", "Sweden"), money(ex(1.2e9), "USD", "announced", "Sweden"),
        EQ(ex(8), "infantry fighting vehicle", "announced", "Sweden"), EQ(ex(2), "plane", "announced", "Sweden")),
    doc("h2-aid-04", "2024-07-09", AID,
        "Poland will transfer [[60]] PT-91 Twardy tanks to Ukraine and cover [[about PLN 2 billion]] of the "
        "cost from its own budget, Deputy Prime Minister Wladyslaw Kosiniak-Kamysz said.",
        EQ(ex(60), "tank", "pledged", "Poland"), money(ap(2e9), "PLN", "pledged", "Poland")),
    doc("h2-aid-05", "2024-09-18", AID,
        "The Verkhovna Rada approved a budget amendment adding [[UAH 412.4 billion]] to defence spending, of "
        "which [[UAH 311.4 billion]] will go on soldiers' pay.",
        money(ex(412.4e9), "UAH", "approved", UA), money(ex(311.4e9), "UAH", "approved", UA)),
    doc("h2-aid-06", "2025-05-28", AID,
        "Canada's defence minister pledged [[200 million Canadian dollars]] ([[$146 million]]) for Ukrainian "
        "drones and said [[39]] Canadian-built armoured vehicles had been delivered to Ukraine.",
        money(ex(200e6), "CAD", "pledged", "Canada"), money(ex(146e6), "USD", "pledged", "Canada"),
        EQ(ex(39), "armoured vehicle", "delivered", "Canada")),
    doc("h2-aid-07", "2025-03-26", AID,
        "EU finance ministers approved the release of [[€4.1 billion]] from the Ukraine Facility, taking "
        "payments under the [[€50 billion]] programme to [[€19.6 billion]] so far.",
        money(ex(4.1e9), "EUR", "approved", EU), money(ex(50e9), "EUR", "pledged", EU),
        money(ex(19.6e9), "EUR", "delivered", EU)),
    doc("h2-aid-08", "2025-05-06", AID,
        "The US State Department cleared a possible sale to Ukraine of [[3,350]] ERAM air-launched missiles "
        "worth [[$825 million]], financed by European allies and US Foreign Military Financing.",
        MI(ex(3350), "missile", "approved", US), money(ex(825e6), "USD", "approved", US)),
    doc("h2-aid-09", "2025-01-17", AID,
        "The UK disbursed a first tranche of [[£752 million]] from its ERA loan to Ukraine on Friday, with the "
        "remainder to follow over [[three years]].",
        money(ex(752e6), "GBP", "loaned", UK), DUR(ex(3), "year")),
    doc("h2-aid-10", "2025-03-31", AID,
        "The IMF puts Ukraine's external financing gap for 2026 at [[$35-40 billion]] and said it would lend "
        "[[about $8 billion]] under a new [[four-year]] programme.",
        money(rg(35e9, 40e9), "USD", None, UA), money(ap(8e9), "USD", "loaned", "IMF"), DUR(ex(4), "year")),
    # --- live blogs --------------------------------------------------------------------------
    doc("h2-lb-01", "2025-06-02", LIVE,
        "## 06:45 Overnight attack: what we know\n"
        "Russia sent [[65]] Shaheds and decoys over Ukraine overnight, the air force says. [[41]] were downed "
        "and [[21]] fell without causing damage. In Odesa, [[one]] man was injured by debris, the regional "
        "governor writes on Telegram.\n"
        "## 08:20 Odesa update\n"
        "The number of injured in Odesa has risen to [[three]]; [[no one was killed]].",
        DR(ex(65), "shahed", "launched", RU), DR(ex(41), "shahed", "destroyed", RU),
        DR(ex(21), "shahed", "lost", RU), CA(ex(1), "man", "injured", None, "Odesa"),
        CA(ex(3), "person", "injured", None, "Odesa"), CA(ex(0), "person", "killed", None, "Odesa")),
    doc("h2-lb-02", "2025-05-07", LIVE,
        "## 2025-05-07T09:10 Russian MoD: [[87]] drones downed\n"
        "The defence ministry in Moscow says air defences destroyed [[87]] Ukrainian drones between 21:00 and "
        "06:00, [[12]] of them over the Moscow region.\n"
        "## 2025-05-07T10:30 Kyiv's version\n"
        "Ukraine's General Staff says its drones struck an electronics plant in Tula Oblast; it did not say "
        "how many were used.",
        DR(ex(87), "drone", "destroyed", UA), DR(ex(87), "drone", "destroyed", UA),
        DR(ex(12), "drone", "destroyed", UA, "Moscow Oblast")),
    doc("h2-lb-03", "2024-09-06", LIVE,
        "## 13:40 Norway, Germany pledge air defence\n"
        "Norway will contribute [[NOK 8 billion]] towards [[two]] Patriot systems that Germany will hand over "
        "to Ukraine, the Norwegian defence minister said.",
        money(ex(8e9), "NOK", "pledged", "Norway"), EQ(ex(2), "system", "pledged", "Germany")),
    doc("h2-lb-04", "2025-05-28", LIVE,
        "## 17:05 Zelensky: [[50,000]] Russian troops massed on Sumy border\n"
        "Russia has gathered [[at least 50,000]] troops on the border with Sumy Oblast, President Zelensky told "
        "reporters. Ukrainian forces were holding them back, he said, and [[several]] Russian assault groups "
        "had been destroyed.",
        PE(ex(50000), "troop", "deployed", RU, "Sumy Oblast"), PE(ge(50000), "troop", "deployed", RU, "Sumy Oblast"),
        CT(vg(3, 3, 9), "assault group", "destroyed", RU, "Sumy Oblast")),
    doc("h2-lb-05", "2025-04-29", LIVE,
        "## 21:30 The day in summary\n"
        "Russian strikes killed [[at least 11]] civilians across Ukraine on Tuesday, [[five]] of them in "
        "Zaporizhzhia, and injured [[more than 60]], according to regional officials. Rescuers were still "
        "searching the rubble of [[two]] houses in Zaporizhzhia late in the evening.",
        CA(ge(11), "civilian", "killed", None, "Ukraine"), CA(ex(5), "civilian", "killed", None, "Zaporizhzhia"),
        CA(ge(60), "civilian", "injured", None, "Ukraine"), CT(ex(2), "house", None, None, "Zaporizhzhia")),
]


def build() -> list[dict[str, Any]]:
    """Return every document of the second held-out set, built from the annotations."""
    return [_b.build_document(source) for source in DOCS]


def dumps(documents: list[dict[str, Any]]) -> str:
    """Serialise documents as JSON Lines, the exact content of ``heldout2.jsonl``."""
    return str(_b.dumps(documents))


def main() -> None:
    """Write heldout2.jsonl and print counts per category."""
    _b.write(build(), OUT, __doc__)


if __name__ == "__main__":
    main()
