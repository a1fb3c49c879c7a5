"""Build ``heldout3.jsonl``: a third held-out gold set for quantex, written blind to its rules.

The texts are new sentences modelled on the constructions of public war-and-aid reporting from
2022-2026 (Ukrainian air force summaries, Russian defence ministry statements, wire copy, aid
announcements, live blogs, casualty reports and headlines). Figures follow public reporting; the
wording is our own. Spans are marked ``[[...]]`` and listed one fact per span, in order; the
helpers of ``build_gold.py`` compute the offsets.

    python build_heldout3.py            # rewrite heldout3.jsonl, print counts
    python build_heldout3.py --audit    # also list digits outside every span
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_gold as b  # noqa: E402

ex, ap, vg, ge, le, am, rg = b.ex, b.ap, b.vg, b.ge, b.le, b.am, b.rg
DR, MI, PE, CA, EQ, CT = b.DR, b.MI, b.PE, b.CA, b.EQ, b.CT
PCT, DIST, DUR, AREA, SPEED = b.PCT, b.DIST, b.DUR, b.AREA, b.SPEED
money, doc = b.money, b.doc
AF, MOD, WIRE, AID, LIVE = b.AF, b.MOD, b.WIRE, b.AID, b.LIVE
RU, UA, NK, US, UK, EU = b.RU, b.UA, b.NK, b.US, b.UK, b.EU
DE, CA_, JP, DK, NO, SE, NL = ("Germany", "Canada", "Japan", "Denmark", "Norway", "Sweden",
                               "Netherlands")
G7 = "G7"

OUT = HERE / "heldout3.jsonl"

# Vague words, at the rows used by the development set: dozens (12, 12, 99), hundreds
# (100, 100, 999), several (3, 3, 9), a few (3, 2, 9).
DOZENS = vg(12, 12, 99)
HUNDREDS = vg(100, 100, 999)
SEVERAL = vg(3, 3, 9)
A_FEW = vg(3, 2, 9)

DOCS: list[dict[str, Any]] = [
    # --- Ukrainian air force reports -----------------------------------------------------------
    doc("af3-01", "2025-07-09", AF,
        "During the night the Russian invaders struck Ukraine with [[728]] drones, Shahed attack UAVs "
        "together with decoys, and [[13]] missiles, among them [[seven]] Kh-101 cruise missiles. The "
        "main blow was aimed at Lutsk. Air defence brought down [[296]] of the drones and [[seven]] of "
        "the missiles; a further [[415]] drones were lost locally or jammed by electronic warfare.",
        DR(ex(728), "drone", "launched", RU), MI(ex(13), "missile", "launched", RU),
        MI(ex(7), "missile", "launched", RU), DR(ex(296), "drone", "destroyed", RU),
        MI(ex(7), "missile", "destroyed", RU), DR(ex(415), "drone", "lost", RU)),
    doc("af3-02", "2024-12-13", AF,
        "Overnight into 13 December the enemy sent [[267]] Shahed-type attack drones and [[about 90]] "
        "imitator drones against Ukraine. Aviation, mobile fire groups and air-defence missile units "
        "brought down [[151]] of the attack drones over the Kyiv, Poltava and Sumy regions. Another "
        "[[80]] imitators vanished from radar without consequences.",
        DR(ex(267), "drone", "launched", RU), DR(ap(90), "drone", "launched", RU),
        DR(ex(151), "drone", "destroyed", RU), DR(ex(80), "imitator", "lost", RU)),
    doc("af3-03", "2025-05-25", AF,
        "On the night of 25 May the enemy attacked with [[nine]] Iskander-M/KN-23 ballistic missiles, "
        "[[55]] Kh-101 cruise missiles and [[355]] strike UAVs and imitator drones. Radio-technical "
        "troops and air defence downed [[288]] of the UAVs, while [[45]] imitators were lost locally. "
        "[[Six]] ballistic missiles and [[45]] cruise missiles were intercepted.",
        MI(ex(9), "missile", "launched", RU), MI(ex(55), "missile", "launched", RU),
        DR(ex(355), "uav", "launched", RU), DR(ex(288), "uav", "destroyed", RU),
        DR(ex(45), "imitator", "lost", RU), MI(ex(6), "missile", "destroyed", RU),
        MI(ex(45), "missile", "destroyed", RU)),
    doc("af3-04", "2025-06-01", AF,
        "In the night of 1 June the occupiers used [[472]] unmanned aerial vehicles and [[seven]] "
        "missiles against Ukraine, the largest drone attack since the full-scale invasion began. In "
        "total, [[385]] air targets were neutralised or suppressed, the Air Force command reported.",
        DR(ex(472), "unmanned aerial vehicle", "launched", RU), MI(ex(7), "missile", "launched", RU),
        CT(ex(385), "target", "destroyed", RU)),
    doc("af3-05", "2023-09-23", AF,
        "Between 21:00 on 22 September and 04:30 on 23 September the enemy launched [[15]] "
        "Shahed-136/131 strike UAVs from the south-east, aiming them at the Zaporizhzhia and "
        "Dnipropetrovsk regions. [[Fourteen]] were shot down.",
        DR(ex(15), "uav", "launched", RU), DR(ex(14), "uav", "destroyed", RU)),
    doc("af3-06", "2025-02-23", AF,
        "Overnight Russia mounted a [[54-strong]] drone attack on the Odesa region. Mobile fire groups "
        "brought down the Shahed drones one by one, [[38]] units in all, and electronic warfare "
        "suppressed [[16]] more. [[Four]] firefighters received shrapnel wounds while putting out a "
        "blaze at a warehouse.",
        DR(ex(54), "drone", "launched", RU, "Odesa Oblast"),
        DR(ex(38), "drone", "destroyed", RU, "Odesa Oblast"),
        DR(ex(16), "drone", "lost", RU, "Odesa Oblast"),
        CA(ex(4), "firefighter", "injured", None, "Odesa Oblast")),
    doc("af3-07", "2024-11-17", AF,
        "The enemy used [[some 120]] missiles of various types and [[90]] attack drones against energy "
        "facilities across the country. Air defence destroyed [[104]] missiles and [[42]] drones; "
        "radio-electronic means suppressed [[41]] more, and [[two]] flew back towards Belarus. In Lviv, [[nobody]] "
        "was hurt, the regional head said.",
        MI(ap(120), "missile", "launched", RU), DR(ex(90), "drone", "launched", RU),
        MI(ex(104), "missile", "destroyed", RU), DR(ex(42), "drone", "destroyed", RU),
        DR(ex(41), "drone", "lost", RU), DR(ex(2), "drone", None, RU),
        CA(ex(0), "person", "injured", None, "Lviv")),
    doc("af3-08", "2025-10-05", AF,
        "Overnight the enemy attacked with [[549]] air attack assets: [[496]] attack drones and decoys "
        "and [[53]] missiles of various basing. As of 09:00, air defence had neutralised [[502]] "
        "targets, including [[469]] drones.",
        CT(ex(549), "asset", "launched", RU), DR(ex(496), "drone", "launched", RU),
        MI(ex(53), "missile", "launched", RU), CT(ex(502), "target", "destroyed", RU),
        DR(ex(469), "drone", "destroyed", RU)),
    doc("af3-09", "2024-09-29", AF,
        "Overnight Russia used [[two]] ballistic missiles of the Iskander-M/KN-23 type and [[16]] "
        "Shahed attack UAVs. [[Fourteen]] of the Shaheds were brought down by mobile fire teams "
        "and electronic warfare; [[two]] disappeared from radar, and there is no information on "
        "damage.",
        MI(ex(2), "missile", "launched", RU), DR(ex(16), "uav", "launched", RU),
        DR(ex(14), "uav", "destroyed", RU), DR(ex(2), "uav", "lost", RU)),
    doc("af3-10", "2025-03-07", AF,
        "From 18:00 on 6 March the enemy launched [[112]] Shahed strike drones and imitators, "
        "[[about 60]] of them Gerbera-type imitator drones. As of 08:30, [[86]] had been shot down or "
        "suppressed in the north, south and east of the country. [[Nine]] hits were recorded at "
        "[[five]] locations.",
        DR(ex(112), "drone", "launched", RU), DR(ap(60), "drone", "launched", RU),
        DR(ex(86), "drone", "destroyed", RU), CT(ex(9), "hit", "hit", RU),
        CT(ex(5), "location")),
    doc("af3-11", "2022-10-17", AF,
        "Since the early morning the occupiers have sent [[43]] Iranian-made Shahed-136 kamikaze "
        "drones towards Kyiv and the central regions. The Air Command Centre intercepted [[37]] of "
        "them; [[six]] reached their targets.",
        DR(ex(43), "drone", "launched", RU), DR(ex(37), "drone", "destroyed", RU),
        DR(ex(6), "drone", "hit", RU)),
    doc("af3-12", "2026-01-20", AF,
        "Overnight, [[241]] means of air attack were recorded: [[18]] Iskander-M/KN-23 ballistic "
        "missiles, [[6]] Kh-101 cruise missiles and [[217]] strike UAVs of the Shahed, Gerbera and "
        "Italmas types, [[about 130]] of them Shaheds. Air defence shot down or suppressed [[201]] "
        "targets: [[11]] ballistic missiles, [[five]] cruise missiles and [[185]] drones. Hits by "
        "[[ten]] missiles and [[32]] drones were recorded at [[14]] locations.",
        CT(ex(241), "means", "launched", RU), MI(ex(18), "missile", "launched", RU),
        MI(ex(6), "missile", "launched", RU), DR(ex(217), "uav", "launched", RU),
        DR(ap(130), "uav", "launched", RU), CT(ex(201), "target", "destroyed", RU),
        MI(ex(11), "missile", "destroyed", RU), MI(ex(5), "missile", "destroyed", RU),
        DR(ex(185), "drone", "destroyed", RU), MI(ex(10), "missile", "hit", RU),
        DR(ex(32), "drone", "hit", RU), CT(ex(14), "location")),
    doc("af3-13", "2024-03-29", AF,
        "Overnight the enemy launched [[56]] Shahed drones from Primorsko-Akhtarsk and Kursk. Of the "
        "[[56]], [[48]] were neutralised over [[eight]] regions. [[Several]] more were lost locally, "
        "and [[no one]] was injured, regional administrations said.",
        DR(ex(56), "drone", "launched", RU), DR(ex(56), "drone", "launched", RU),
        DR(ex(48), "drone", "destroyed", RU), CT(ex(8), "region"),
        DR(SEVERAL, "drone", "lost", RU), CA(ex(0), "person", "injured")),

    # --- Russian defence ministry ----------------------------------------------------------------
    doc("mod3-01", "2025-12-06", MOD,
        "The Russian Defence Ministry said its air defences had downed [[116]] aircraft-type unmanned "
        "aerial vehicles of the Ukrainian armed forces overnight: [[29]] over the Ryazan region, [[27]] "
        "over the Voronezh region, [[23]] over the Bryansk region, [[21]] over the Belgorod region and "
        "[[16]] over [[four]] other regions.",
        DR(ex(116), "unmanned aerial vehicle", "destroyed", UA),
        DR(ex(29), "unmanned aerial vehicle", "destroyed", UA, "Ryazan Oblast"),
        DR(ex(27), "unmanned aerial vehicle", "destroyed", UA, "Voronezh Oblast"),
        DR(ex(23), "unmanned aerial vehicle", "destroyed", UA, "Bryansk Oblast"),
        DR(ex(21), "unmanned aerial vehicle", "destroyed", UA, "Belgorod Oblast"),
        DR(ex(16), "unmanned aerial vehicle", "destroyed", UA), CT(ex(4), "region")),
    doc("mod3-02", "2024-05-27", MOD,
        "Overnight the Kiev regime attempted terrorist attacks on targets in Russia using fixed-wing "
        "drones, the Defence Ministry said. [[One]] UAV was shot down above the Bryansk region and "
        "[[one]] above the Belgorod region, [[four]] were downed above the Kaluga region and [[six]] "
        "were intercepted above the Oryol region. In the Oryol town of Livny, [[a]] fire-brigade driver "
        "died when drone debris fell onto a filling station, and [[three]] more people were injured, "
        "governor Andrei Klychkov said.",
        DR(ex(1), "uav", "destroyed", UA, "Bryansk Oblast"),
        DR(ex(1), "uav", "destroyed", UA, "Belgorod Oblast"),
        DR(ex(4), "uav", "destroyed", UA, "Kaluga Oblast"),
        DR(ex(6), "uav", "destroyed", UA, "Oryol Oblast"),
        CA(ex(1), "driver", "killed", None, "Livny"), CA(ex(3), "person", "injured", None, "Livny")),
    doc("mod3-03", "2023-07-08", MOD,
        "Russian air defences shot down [[a]] Ukrainian Su-27 aircraft over the Kherson region, "
        "ministry spokesman Igor Konashenkov said. Over the past day they also intercepted [[six]] "
        "HIMARS and MLRS rounds, and air defence units destroyed [[17]] Ukrainian unmanned aerial "
        "vehicles near [[11]] settlements in the Luhansk, Donetsk, Zaporizhzhia and Kherson areas.",
        EQ(ex(1), "aircraft", "destroyed", UA, "Kherson Oblast"),
        MI(ex(6), "round", "destroyed", UA), DR(ex(17), "unmanned aerial vehicle", "destroyed", UA),
        CT(ex(11), "settlement")),
    doc("mod3-04", "2024-09-10", MOD,
        "Air defence forces destroyed [[20]] Ukrainian drones flying towards Moscow, Mayor Sergei "
        "Sobyanin said on Tuesday. Across Russia, the Defence Ministry said, [[144]] Ukrainian UAVs "
        "were shot down overnight, including [[72]] over the Bryansk region. Vnukovo, Domodedovo and "
        "Zhukovsky airports restricted flights for [[about six hours]]. In the Moscow region, [[a]] "
        "46-year-old woman was killed and [[three]] people were injured.",
        DR(ex(20), "drone", "destroyed", UA, "Moscow"), DR(ex(144), "uav", "destroyed", UA),
        DR(ex(72), "uav", "destroyed", UA, "Bryansk Oblast"), DUR(ap(6), "hour"),
        CA(ex(1), "woman", "killed", None, "Moscow Oblast"),
        CA(ex(3), "person", "injured", None, "Moscow Oblast")),
    doc("mod3-05", "2025-08-29", MOD,
        "Over the week, Russian air defences shot down [[a]] Su-27 fighter jet of the Ukrainian air "
        "force and intercepted [[18]] guided aerial bombs, [[nine]] HIMARS rockets, [[one]] Neptune "
        "long-range missile and [[1,377]] fixed-wing drones, the ministry said in its weekly summary. "
        "Ukrainian losses in the Kupyansk direction reached [[up to 470]] servicemen, [[22]] armoured "
        "vehicles and [[18]] artillery guns.",
        EQ(ex(1), "jet", "destroyed", UA), MI(ex(18), "bomb", "destroyed", UA),
        MI(ex(9), "rocket", "destroyed", UA), MI(ex(1), "missile", "destroyed", UA),
        DR(ex(1377), "drone", "destroyed", UA),
        CA(le(470), "serviceman", "killed or injured", UA, "Kupiansk"),
        EQ(ex(22), "vehicle", "lost", UA, "Kupiansk"),
        EQ(ex(18), "gun", "lost", UA, "Kupiansk")),
    doc("mod3-06", "2026-03-10", MOD,
        "Units of the North group of forces struck formations of [[three]] Ukrainian brigades in the "
        "Kharkov region, the Defence Ministry said. The enemy lost [[up to 160]] servicemen, [[one]] "
        "tank and [[five]] vehicles there. In the Kupyansk direction, [[two]] counter-drone electronic "
        "warfare systems and [[one]] ammunition depot were destroyed.",
        CT(ex(3), "brigade", "hit", UA, "Kharkiv Oblast"),
        CA(le(160), "serviceman", "killed or injured", UA, "Kharkiv Oblast"),
        EQ(ex(1), "tank", "lost", UA, "Kharkiv Oblast"),
        EQ(ex(5), "vehicle", "lost", UA, "Kharkiv Oblast"),
        EQ(ex(2), "system", "destroyed", UA, "Kupiansk"),
        CT(ex(1), "depot", "destroyed", UA, "Kupiansk")),
    doc("mod3-07", "2024-12-13", MOD,
        "The armed forces delivered a massive strike with long-range precision weapons, including "
        "[[six]] Kinzhal hypersonic missiles, on defence-industry facilities in Kiev, the ministry "
        "said. Over the past day air defences also destroyed [[a]] French-made Hammer guided bomb used "
        "by the Ukrainian armed forces and [[46]] fixed-wing drones.",
        MI(ex(6), "missile", "launched", RU, "Kyiv"), MI(ex(1), "bomb", "destroyed", UA),
        DR(ex(46), "drone", "destroyed", UA)),
    doc("mod3-08", "2025-04-12", MOD,
        "Russian forces struck a workshop in Nikolaev where naval drones were being assembled for the "
        "Ukrainian navy, destroying [[up to 20]] of them, the Defence Ministry said. Over the week, the "
        "ministry added, [[three]] HIMARS launchers and [[two]] Iris-T systems were hit.",
        DR(le(20), "drone", "destroyed", UA, "Mykolaiv"), EQ(ex(3), "launcher", "hit", UA),
        EQ(ex(2), "system", "hit", UA)),
    doc("mod3-09", "2024-10-27", MOD,
        "Air defences thwarted an attempted drone attack by the Kiev regime during the night, "
        "destroying [[45]] Ukrainian UAVs: [[18]] over the Tambov region, [[14]] over the Belgorod "
        "region, [[ten]] over the Bryansk and Kaluga regions and [[three]] over the waters of the Sea "
        "of Azov. [[No]] damage or casualties were reported, regional governors said.",
        DR(ex(45), "uav", "destroyed", UA), DR(ex(18), "uav", "destroyed", UA, "Tambov Oblast"),
        DR(ex(14), "uav", "destroyed", UA, "Belgorod Oblast"), DR(ex(10), "uav", "destroyed", UA),
        DR(ex(3), "uav", "destroyed", UA, "Sea of Azov"),
        CA(ex(0), "casualty", "killed or injured")),
    doc("mod3-10", "2023-08-27", MOD,
        "Russian fighter jets and air defence units downed [[a]] Ukrainian Mi-8 helicopter and [[two]] "
        "Su-25 attack aircraft over the Zaporozhye region, and [[nine]] HIMARS rockets were intercepted "
        "during the day, Konashenkov said. Kyiv's cumulative losses since the special military operation "
        "began now stand at [[466]] aircraft, [[247]] helicopters and [[6,152]] unmanned aerial "
        "vehicles, according to the ministry's tally.",
        EQ(ex(1), "helicopter", "destroyed", UA, "Zaporizhzhia Oblast"),
        EQ(ex(2), "aircraft", "destroyed", UA, "Zaporizhzhia Oblast"),
        MI(ex(9), "rocket", "destroyed", UA), EQ(ex(466), "aircraft", "lost", UA),
        EQ(ex(247), "helicopter", "lost", UA), DR(ex(6152), "unmanned aerial vehicle", "lost", UA)),
    doc("mod3-11", "2023-09-26", MOD,
        "Since 1 January, [[more than 325,000]] people have signed contracts with the Russian armed "
        "forces, Security Council deputy chairman Dmitry Medvedev said after a meeting at the Defence "
        "Ministry. Another [[23,000]] volunteers have joined volunteer units, he added.",
        PE(ge(325000), "person", "mobilised", RU), PE(ex(23000), "volunteer", "mobilised", RU)),
    doc("mod3-12", "2025-01-15", MOD,
        "Troops of the Battlegroup Centre liberated [[two]] settlements in the Donetsk People's "
        "Republic over the week, the ministry said. Enemy losses in that zone amounted to [[more than "
        "3,100]] servicemen, [[seven]] tanks, including [[two]] German-made Leopard 2 tanks, and [[14]] "
        "field artillery guns.",
        CT(ex(2), "settlement", "captured", None, "Donetsk Oblast"),
        CA(ge(3100), "serviceman", "killed or injured", UA),
        EQ(ex(7), "tank", "lost", UA), EQ(ex(2), "tank", "lost", UA),
        EQ(ex(14), "gun", "lost", UA)),

    # --- Wire stories ---------------------------------------------------------------------------
    doc("w3-01", "2025-07-09", WIRE,
        "KYIV, July 9 (Reuters) - Russia attacked Ukraine with [[728]] drones overnight, a record for "
        "the war, and also fired [[13]] missiles, the Ukrainian air force said on Wednesday. Volyn "
        "governor Ivan Rudnytskyi said [[about 50]] drones and [[five]] missiles had targeted his "
        "region, which borders Poland and Belarus. As of the morning there were [[no]] reports of "
        "injuries or deaths there, he said.",
        DR(ex(728), "drone", "launched", RU), MI(ex(13), "missile", "launched", RU),
        DR(ap(50), "drone", "launched", RU, "Volyn Oblast"),
        MI(ex(5), "missile", "launched", RU, "Volyn Oblast"),
        CA(ex(0), "injury", "killed or injured", None, "Volyn Oblast")),
    doc("w3-02", "2024-08-17", WIRE,
        "None of the [[14]] drones Russia sent over Ukraine during the night got through, the air force "
        "said on Saturday; the Shaheds were shot down above [[six]] southern and central regions.",
        DR(ex(14), "drone", "launched", RU), CT(ex(6), "region")),
    doc("w3-03", "2024-08-06", WIRE,
        "KYIV (Reuters) - Ukraine's air defence destroyed [[two]] Iskander-M or KN-23 ballistic "
        "missiles and [[15]] Russia-launched drones overnight, the military said. It put the total "
        "number of Iskander-M or KN-23 ballistic missiles fired by Moscow at [[four]] but gave no details "
        "on the remaining [[two]]. Over the Mykolaiv region, [[13]] Shaheds were destroyed, its governor "
        "said; falling debris set off [[three]] fires.",
        MI(ex(2), "missile", "destroyed", RU), DR(ex(15), "drone", "destroyed", RU),
        MI(ex(4), "missile", "launched", RU), MI(ex(2), "missile", None, RU),
        DR(ex(13), "drone", "destroyed", RU, "Mykolaiv Oblast"),
        CT(ex(3), "fire", None, None, "Mykolaiv Oblast")),
    doc("w3-04", "2023-01-16", WIRE,
        "DNIPRO, Ukraine (AP) - The death toll from Saturday's Russian missile strike on a nine-storey "
        "apartment block in Dnipro rose to [[40]] on Monday, with [[at least 75]] people wounded. "
        "[[Two]] children were among the dead, regional governor Valentyn Reznichenko said. The "
        "building had housed [[about 1,700]] people.",
        CA(ex(40), "person", "killed", None, "Dnipro"),
        CA(ge(75), "person", "injured", None, "Dnipro"),
        CA(ex(2), "child", "killed", None, "Dnipro"),
        CT(ap(1700), "person", None, None, "Dnipro")),
    doc("w3-05", "2024-11-18", WIRE,
        "Russian missiles hit a nine-storey residential building in Sumy on Sunday evening, killing "
        "[[11]] people, [[two]] of them children, Ukrainian officials said. [[Eighty-four]] others were "
        "hurt, [[11]] of them children, and [[more than 400]] residents had to be evacuated.",
        CA(ex(11), "person", "killed", None, "Sumy"), CA(ex(2), "child", "killed", None, "Sumy"),
        CA(ex(84), "person", "injured", None, "Sumy"), CA(ex(11), "child", "injured", None, "Sumy"),
        CT(ge(400), "resident", None, None, "Sumy")),
    doc("w3-06", "2025-11-21", WIRE,
        "TERNOPIL, Ukraine - Rescuers recovered more bodies from the ruins in Ternopil on Friday, and "
        "officials said Wednesday's Russian strike on [[two]] apartment blocks had now killed [[31]] "
        "people, [[six]] of them children. [[At least 94]] people were wounded. The western city lies "
        "[[more than 500 kilometres]] from the front line.",
        CT(ex(2), "block", "hit", None, "Ternopil"), CA(ex(31), "person", "killed", None, "Ternopil"),
        CA(ex(6), "child", "killed", None, "Ternopil"), CA(ge(94), "person", "injured", None, "Ternopil"),
        DIST(ge(500), "kilometer", None, None, "Ternopil")),
    doc("w3-07", "2024-12-17", WIRE,
        "MOSCOW - Lieutenant General Igor Kirillov, head of Russia's radiological, chemical and "
        "biological protection troops, was killed on Tuesday outside his Moscow apartment block by an "
        "explosive device hidden in an electric scooter. His assistant also died; investigators opened a case into "
        "the murder of [[two]] servicemen. The blast happened [[about 7 km]] south-east of the Kremlin.",
        CA(ex(2), "serviceman", "killed", RU, "Moscow"), DIST(ap(7), "kilometer", None, None, "Moscow")),
    doc("w3-08", "2025-04-26", WIRE,
        "Ukraine's special operations forces said they had killed [[three]] Russian officers, "
        "including [[a]] colonel, in a drone strike on a command post in the Zaporizhzhia region. "
        "Russia has lost [[more than 20]] generals since the start of the full-scale invasion, "
        "according to Ukrainian intelligence.",
        CA(ex(3), "officer", "killed", RU, "Zaporizhzhia Oblast"),
        CA(ex(1), "colonel", "killed", RU, "Zaporizhzhia Oblast"),
        CA(ge(20), "general", "killed or injured", RU)),
    doc("w3-09", "2025-01-13", WIRE,
        "SEOUL - [[About 300]] North Korean soldiers fighting for Russia in the Kursk region have died "
        "and [[2,700]] have been injured, a South Korean lawmaker said on Monday, citing the National "
        "Intelligence Service. Pyongyang is estimated to have sent [[10,000 to 12,000]] troops to "
        "Russia last autumn.",
        CA(ap(300), "soldier", "killed", NK, "Kursk Oblast"),
        CA(ex(2700), "soldier", "injured", NK, "Kursk Oblast"),
        PE(rg(10000, 12000), "troop", "deployed", NK, "Russia")),
    doc("w3-10", "2024-12-16", WIRE,
        "KYIV - Ukrainian military intelligence said on Monday that [[at least 30]] North Korean "
        "soldiers had been killed or wounded near [[three]] villages in Russia's Kursk region over the "
        "weekend. U.S. officials estimate that Moscow has deployed [[some 8,000]] of them in the area.",
        CA(ge(30), "soldier", "killed or injured", NK, "Kursk Oblast"),
        CT(ex(3), "village", None, None, "Kursk Oblast"),
        PE(ap(8000), "soldier", "deployed", NK, "Kursk Oblast")),
    doc("w3-11", "2024-09-03", WIRE,
        "[[At least 51]] people were killed and [[more than 200]] others were wounded when Russia "
        "struck a military training institute and a nearby hospital in Poltava with [[two]] ballistic "
        "missiles on Tuesday, Ukrainian officials said. Rescuers pulled [[11]] people alive from the "
        "rubble.",
        CA(ge(51), "person", "killed", None, "Poltava"), CA(ge(200), "person", "injured", None, "Poltava"),
        MI(ex(2), "missile", "hit", RU, "Poltava"), CT(ex(11), "person", None, None, "Poltava")),
    doc("w3-12", "2024-05-07", WIRE,
        "[[Seven]] civilians were killed when Ukrainian drones struck [[two]] minibuses carrying farm "
        "workers near a village in Russia's Belgorod region, governor Vyacheslav Gladkov said. Later in "
        "the day [[one]] more man received shrapnel wounds to his leg in a separate attack.",
        CA(ex(7), "civilian", "killed", None, "Belgorod Oblast"),
        CT(ex(2), "minibus", "hit", None, "Belgorod Oblast"),
        CA(ex(1), "man", "injured", None, "Belgorod Oblast")),
    doc("w3-13", "2025-04-22", WIRE,
        "ZAPORIZHZHIA, Ukraine - [[A]] woman died and [[26]] other people, [[four]] of them children, "
        "were wounded when Russian aircraft dropped [[two]] guided aerial bombs on Zaporizhzhia on "
        "Tuesday, governor Ivan Fedorov said. The front line is [[about 50 km]] away. A 73-year-old "
        "neighbour described windows and a balcony ripped off by the blast.",
        CA(ex(1), "woman", "killed", None, "Zaporizhzhia"),
        CA(ex(26), "person", "injured", None, "Zaporizhzhia"),
        CA(ex(4), "child", "injured", None, "Zaporizhzhia"),
        MI(ex(2), "bomb", "hit", RU, "Zaporizhzhia"),
        DIST(ap(50), "kilometer", None, None, "Zaporizhzhia")),
    doc("w3-14", "2023-02-04", WIRE,
        "Ukraine brought home [[116]] prisoners of war on Saturday in an exchange with Russia, which "
        "received [[63]] of its own servicemen, presidential aide Andriy Yermak said. It was the 36th "
        "swap since the start of the invasion.",
        PE(ex(116), "prisoner of war", "released", UA), PE(ex(63), "serviceman", "released", RU)),
    doc("w3-15", "2025-03-19", WIRE,
        "Russia and Ukraine each handed over [[175]] prisoners of war on Wednesday in one of the largest "
        "swaps of the war. Moscow also returned [[22]] badly wounded Ukrainian soldiers as a gesture of "
        "goodwill, the Russian Defence Ministry said.",
        PE(ex(175), "prisoner of war", "released"), PE(ex(22), "soldier", "released", UA)),
    doc("w3-16", "2022-09-10", WIRE,
        "Russia's Defence Ministry said troops stationed around Izyum and Balakliia were being "
        "regrouped towards the Donetsk direction. It claimed its forces had killed [[more than 2,000]] "
        "Ukrainian and foreign fighters and destroyed [[over 100]] armoured vehicles and artillery "
        "pieces in [[three]] days.",
        CA(ge(2000), "fighter", "killed", UA), EQ(ge(100), "vehicle", "destroyed", UA),
        DUR(ex(3), "day")),
    doc("w3-17", "2022-09-16", WIRE,
        "IZYUM, Ukraine - Investigators have exhumed [[more than 440]] bodies from a mass burial site "
        "in a forest outside Izyum, the recaptured eastern town, regional police said on Friday. Most "
        "were civilians; [[at least 17]] were soldiers.",
        CA(ge(440), "body", "killed", None, "Izium"), CA(ge(17), "soldier", "killed", None, "Izium")),
    doc("w3-18", "2024-03-15", WIRE,
        "ODESSA - A double-tap Russian missile strike on Odessa on Friday killed [[14]] people; medics "
        "and rescuers who rushed to the site after the first explosion were among the victims, regional "
        "governor Oleh Kiper said. [[Forty-six]] more were wounded, among them [[seven]] emergency "
        "workers. By evening the number of dead had reached [[16]].",
        CA(ex(14), "person", "killed", None, "Odesa"), CA(ex(46), "person", "injured", None, "Odesa"),
        CA(ex(7), "worker", "injured", None, "Odesa"), CA(ex(16), "person", "killed", None, "Odesa")),
    doc("w3-19", "2024-01-23", WIRE,
        "The number of people killed in Tuesday's missile attack on Kharkiv climbed to [[five]], and "
        "[[51]] were injured, governor Oleh Syniehubov said. Initially [[two]] deaths and [[38]] "
        "injuries had been reported. Damage was recorded at [[about 30]] apartment buildings, [[20]] of "
        "which lost heating.",
        CA(ex(5), "person", "killed", None, "Kharkiv"), CA(ex(51), "person", "injured", None, "Kharkiv"),
        CA(ex(2), "death", "killed", None, "Kharkiv"), CA(ex(38), "injury", "injured", None, "Kharkiv"),
        CT(ap(30), "building", None, None, "Kharkiv"), CT(ex(20), "building", None, None, "Kharkiv")),
    doc("w3-20", "2023-10-20", WIRE,
        "Ukrainian commanders said [[as many as 2,000]] Russian soldiers were killed in a week of "
        "failed assaults near Avdiivka, and that [[dozens]] of tanks and armoured vehicles were "
        "destroyed.",
        CA(am(2000), "soldier", "killed", RU, "Avdiivka"),
        EQ(DOZENS, "tank", "destroyed", RU, "Avdiivka")),
    doc("w3-21", "2024-12-19", WIRE,
        "Russia now has [[700,000]] troops fighting in Ukraine, President Vladimir Putin said at his "
        "annual press event, compared with [[617,000]] a year before.",
        PE(ex(700000), "troop", "deployed", RU, "Ukraine"),
        PE(ex(617000), "troop", "deployed", RU, "Ukraine")),
    doc("w3-22", "2025-02-14", WIRE,
        "[[Some 11,000]] North Korean troops have been sent to Russia, Western officials said. The "
        "soldiers have suffered [[about 4,000]] casualties in [[three]] months of fighting in Kursk, "
        "the officials added.",
        PE(ap(11000), "troop", "deployed", NK, "Russia"),
        CA(ap(4000), "casualty", "killed or injured", NK, "Kursk Oblast"),
        DUR(ex(3), "month")),
    doc("w3-23", "2024-11-21", WIRE,
        "Russia struck Dnipro with [[an]] intermediate-range ballistic missile for the first time, "
        "Ukraine's air force said, alongside [[six]] Kh-101 cruise missiles, all [[six]] of which were "
        "shot down. The missile travelled [[about 1,000 km]] from the Astrakhan region at [[more than "
        "3 km per second]].",
        MI(ex(1), "missile", "hit", RU, "Dnipro"), MI(ex(6), "missile", "launched", RU),
        MI(ex(6), "missile", "destroyed", RU), DIST(ap(1000), "kilometer"),
        SPEED(ge(3), "kilometer / second")),
    doc("w3-24", "2025-01-06", WIRE,
        "Russian forces took [[about 4,000 square kilometres]] of Ukrainian land in 2024, according to "
        "an analysis of battlefield maps, or [[roughly 0.7%]] of the country's territory.",
        AREA(ap(4000), "square kilometer", "captured", None, "Ukraine"),
        PCT(ap(0.7), "percent", None, None, "Ukraine")),
    doc("w3-25", "2024-09-30", WIRE,
        "Russia plans to raise defence spending to [[13.5 trillion roubles]] next year, [[6.3%]] of "
        "gross domestic product, according to the draft 2025 budget published by the finance ministry.",
        money(ex(1.35e13), "RUB", "spent", RU), PCT(ex(6.3), "percent", None, RU)),
    doc("w3-26", "2025-10-20", WIRE,
        "Of the [[roughly €210 billion]] in immobilised Russian central bank reserves held in the EU, [[about €185 "
        "billion]] sits at Euroclear in Belgium, and Britain holds [[around £25 billion]]. Brussels has "
        "proposed lending Ukraine [[up to €140 billion]] backed by the cash.",
        money(ap(2.1e11), "EUR", "frozen", RU, EU), money(ap(1.85e11), "EUR", "frozen", RU, "Belgium"),
        money(ap(2.5e10), "GBP", "frozen", RU, UK), money(le(1.4e11), "EUR", "loaned", EU)),
    doc("w3-27", "2025-06-01", WIRE,
        "Ukraine's security service said its drones hit [[41]] Russian strategic aircraft at [[four]] "
        "air bases, using [[117]] drones smuggled into Russia in trucks. The operation took [[more than "
        "18 months]] to prepare, President Volodymyr Zelensky said.",
        EQ(ex(41), "aircraft", "hit", RU), CT(ex(4), "air base"),
        DR(ex(117), "drone", "launched", UA), DUR(ge(18), "month")),
    doc("w3-28", "2023-09-14", WIRE,
        "Ukraine's Special Operations Forces said [[about 200]] of their operators took part in the "
        "raid on western Crimea, which destroyed [[two]] Russian S-400 launchers and [[a]] radar. "
        "[[Nobody]] in the assault teams was killed, the SSO said.",
        PE(ap(200), "operator", "deployed", UA, "Crimea"),
        EQ(ex(2), "launcher", "destroyed", RU, "Crimea"), EQ(ex(1), "radar", "destroyed", RU, "Crimea"),
        CA(ex(0), "person", "killed", UA, "Crimea")),
    doc("w3-29", "2024-10-31", WIRE,
        "Russian troops advanced [[3km to 8km]] in the Pokrovsk direction during October, according to "
        "open-source analysts, while Ukraine's general staff said the enemy had lost [[up to 4,000]] "
        "soldiers there in the month.",
        DIST(rg(3, 8), "kilometer", None, None, "Pokrovsk"),
        CA(le(4000), "soldier", "killed or injured", RU, "Pokrovsk")),

    # --- Casualty reports (wire) ------------------------------------------------------------------
    doc("cas3-01", "2025-04-13", WIRE,
        "[[At least 34]] people, among them [[two]] children, were killed when [[two]] Russian "
        "ballistic missiles struck the centre of Sumy as residents gathered for Palm Sunday, and [[117]] "
        "others were wounded. [[Fifteen]] of the injured were children.",
        CA(ge(34), "person", "killed", None, "Sumy"), CA(ex(2), "child", "killed", None, "Sumy"),
        MI(ex(2), "missile", "hit", RU, "Sumy"), CA(ex(117), "person", "injured", None, "Sumy"),
        CA(ex(15), "child", "injured", None, "Sumy")),
    doc("cas3-02", "2024-06-01", WIRE,
        "In Kryvyi Rih, [[nine]] adults and [[two]] teenagers died after Russian missiles slammed into a "
        "five-storey house late on Friday, the head of the city's military administration said. "
        "[[Dozens]] more were hurt, and rescuers pulled a 3-month-old baby alive from the rubble.",
        CA(ex(9), "adult", "killed", None, "Kryvyi Rih"),
        CA(ex(2), "teenager", "killed", None, "Kryvyi Rih"),
        CA(DOZENS, "person", "injured", None, "Kryvyi Rih")),
    doc("cas3-03", "2025-01-08", WIRE,
        "[[Thirteen]] individuals lost their lives and [[more than 110]] were hurt when Russian glide "
        "bombs hit an industrial plant in Zaporizhzhia on Wednesday afternoon, governor Ivan Fedorov "
        "said. [[Four]] of the dead had been waiting at a tram stop.",
        CA(ex(13), "individual", "killed", None, "Zaporizhzhia"),
        CA(ge(110), "individual", "injured", None, "Zaporizhzhia"),
        CA(ex(4), "individual", "killed", None, "Zaporizhzhia")),
    doc("cas3-04", "2025-02-16", WIRE,
        "Russian drones struck a lorry on a highway in the Kharkiv region on Sunday morning, and [[a]] "
        "truck driver died at the scene, regional prosecutors said. In Kupyansk, [[a]] man was killed "
        "by artillery fire and [[two]] women were hurt.",
        CA(ex(1), "driver", "killed", None, "Kharkiv Oblast"),
        CA(ex(1), "man", "killed", None, "Kupiansk"), CA(ex(2), "woman", "injured", None, "Kupiansk")),
    doc("cas3-05", "2024-07-08", WIRE,
        "Russia's daytime missile barrage killed [[at least 33]] people in Kyiv and hit the Okhmatdyt "
        "children's hospital, where [[two]] adults were among the dead. Across the country [[at least "
        "41]] people died and [[more than 170]] were injured, officials said.",
        CA(ge(33), "person", "killed", None, "Kyiv"), CA(ex(2), "adult", "killed", None, "Kyiv"),
        CA(ge(41), "person", "killed", None, "Ukraine"), CA(ge(170), "person", "injured", None, "Ukraine")),
    doc("cas3-06", "2024-02-29", WIRE,
        "Officials in Pokrovsk gave a preliminary death toll of [[four to five]] after Russian shelling "
        "hit a market, with [[at least 12]] people wounded. [[A few]] of the injured were in a serious "
        "condition.",
        CA(rg(4, 5), "person", "killed", None, "Pokrovsk"),
        CA(ge(12), "person", "injured", None, "Pokrovsk"),
        CA(A_FEW, "person", "injured", None, "Pokrovsk")),
    doc("cas3-07", "2023-10-11", WIRE,
        "[[Five]] Russian civilians were killed and [[eight]] wounded by Ukrainian shelling of the "
        "Shebekino district in the Belgorod region, governor Vyacheslav Gladkov said on Wednesday.",
        CA(ex(5), "civilian", "killed", RU, "Belgorod Oblast"),
        CA(ex(8), "civilian", "injured", RU, "Belgorod Oblast")),
    doc("cas3-08", "2024-11-19", WIRE,
        "The UN human rights monitoring mission said [[at least 11,743]] civilians had been killed and "
        "[[24,614]] injured in Ukraine since February 2022, including [[more than 600]] children "
        "killed.",
        CA(ge(11743), "civilian", "killed", None, "Ukraine"),
        CA(ex(24614), "civilian", "injured", None, "Ukraine"),
        CA(ge(600), "child", "killed", None, "Ukraine")),
    doc("cas3-09", "2024-05-25", WIRE,
        "The number of people killed in Saturday's guided-bomb strike on a Kharkiv hardware store rose "
        "to [[19]], Mayor Ihor Terekhov said, and [[more than 50]] others were injured. [[Two]] "
        "employees of the store were among the dead. [[About 200]] people had been inside when [[two]] "
        "guided bombs hit.",
        CA(ex(19), "person", "killed", None, "Kharkiv"), CA(ge(50), "person", "injured", None, "Kharkiv"),
        CA(ex(2), "employee", "killed", None, "Kharkiv"), CT(ap(200), "person", None, None, "Kharkiv"),
        MI(ex(2), "bomb", "hit", RU, "Kharkiv")),
    doc("cas3-10", "2025-01-27", WIRE,
        "[[Man]] killed in Kharkiv as Russian drones hit residential area\n"
        "[[A]] 61-year-old man was killed and [[three]] other people were injured when drones hit a "
        "four-story building in the Kyivskyi district overnight, Mayor Ihor Terekhov said. [[No]] "
        "children were hurt.",
        CA(ex(1), "man", "killed", None, "Kharkiv"), CA(ex(1), "man", "killed", None, "Kharkiv"),
        CA(ex(3), "person", "injured", None, "Kharkiv"), CA(ex(0), "child", "injured", None, "Kharkiv")),
    doc("cas3-11", "2023-12-26", WIRE,
        "[[Three]] people were killed in Russian shelling of Kherson on Monday, the regional "
        "administration said. The victims included [[a]] 72-year-old woman who was hit outside her "
        "home; [[two]] men died in a car on the city's outskirts.",
        CA(ex(3), "person", "killed", None, "Kherson"), CA(ex(1), "woman", "killed", None, "Kherson"),
        CA(ex(2), "man", "killed", None, "Kherson")),
    doc("cas3-12", "2025-08-14", WIRE,
        "[[Three]] people were injured in a Ukrainian drone strike on the regional government building "
        "in Belgorod, governor Vyacheslav Gladkov said. [[Nobody]] inside the building was hurt; the "
        "wounded were passers-by.",
        CA(ex(3), "person", "injured", None, "Belgorod"), CA(ex(0), "person", "injured", None, "Belgorod")),
    doc("cas3-13", "2024-06-22", WIRE,
        "Russian missiles hit a five-storey house in Kharkiv on Saturday afternoon. [[Three]] people "
        "were killed and [[more than 50]] were hurt, [[nine]] of them children, Syniehubov said.",
        CA(ex(3), "person", "killed", None, "Kharkiv"), CA(ge(50), "person", "injured", None, "Kharkiv"),
        CA(ex(9), "child", "injured", None, "Kharkiv")),

    # --- Headlines -------------------------------------------------------------------------------
    doc("hl3-01", "2025-12-17", WIRE,
        "Russia says [[417K]] contract soldiers signed up in 2025\n"
        "Defence Minister Andrei Belousov told an expanded board meeting that [[417,000]] people had "
        "signed contracts with the armed forces this year. In 2024 the figure was [[about 450,000]].",
        PE(ex(417000), "soldier", "mobilised", RU), PE(ex(417000), "person", "mobilised", RU),
        PE(ap(450000), "person", "mobilised", RU)),
    doc("hl3-02", "2024-10-26", WIRE,
        "[[Man]] killed in Kharkiv as guided bombs hit industrial site",
        CA(ex(1), "man", "killed", None, "Kharkiv")),
    doc("hl3-03", "2025-03-03", WIRE,
        "Ukraine downs [[31]] of [[37]] Russian drones, air force says",
        DR(ex(31), "drone", "destroyed", RU), DR(ex(37), "drone", "launched", RU)),
    doc("hl3-04", "2024-11-18", WIRE,
        "Russian strike on Odesa kills [[ten]], injures [[over 40]]",
        CA(ex(10), "person", "killed", None, "Odesa"), CA(ge(40), "person", "injured", None, "Odesa")),
    doc("hl3-05", "2025-09-07", WIRE,
        "Russia fires record [[810]] drones and [[13]] missiles at Ukraine; [[two]] killed in Kyiv",
        DR(ex(810), "drone", "launched", RU), MI(ex(13), "missile", "launched", RU),
        CA(ex(2), "person", "killed", None, "Kyiv")),
    doc("hl3-06", "2025-12-19", WIRE,
        "EU agrees [[€90bn]] loan to cover Ukraine's needs in 2026-27",
        money(ex(9e10), "EUR", "approved", EU)),
    doc("hl3-07", "2024-11-19", WIRE,
        "Day 1,000 of the war: drone strike on Hlukhiv kills [[eight]], including [[a]] child",
        CA(ex(8), "person", "killed", None, "Hlukhiv"), CA(ex(1), "child", "killed", None, "Hlukhiv")),

    # --- Aid announcements -----------------------------------------------------------------------
    doc("aid3-01", "2024-10-23", AID,
        "Ukraine will receive a [[£2.26 billion]] loan from Britain, to be serviced from profits on "
        "frozen Russian assets, Chancellor Rachel Reeves announced on Wednesday. "
        "London's contribution is part of a [[$50 "
        "billion]] ([[£38.39 billion]]) loan agreed by G7 leaders. Britain has separately pledged [[£3 "
        "billion-a-year]] in military aid. Western governments have kept [[more than £200 billion]] of "
        "Russian central bank reserves frozen since Putin's 2022 invasion.",
        money(ex(2.26e9), "GBP", "loaned", UK), money(ex(5e10), "USD", "loaned", G7),
        money(ex(3.839e10), "GBP", "loaned", G7), money(ex(3e9), "GBP", "pledged", UK),
        money(ge(2e11), "GBP", "frozen", RU)),
    doc("aid3-02", "2025-03-01", AID,
        "Downing Street said the first [[£752 million]] of the loan to Kyiv had been paid out. The "
        "Defence Secretary, John Healey, said the money would buy air defence and artillery. The loan "
        "will be repaid from windfall profits on [[about £25 billion]] of Russian sovereign assets "
        "immobilised in the UK.",
        money(ex(7.52e8), "GBP", "loaned", UK), money(ap(2.5e10), "GBP", "frozen", RU, UK)),
    doc("aid3-03", "2022-08-24", AID,
        "President Joe Biden marked Ukraine's Independence Day with a [[$2.98 billion]] security package, "
        "the largest single tranche so far. The Pentagon said the money would buy [[as many as three]] "
        "drone types under contracts with industry. In total the United States has committed [[about "
        "$10.6 billion]] in security assistance since the start of the administration.",
        money(ex(2.98e9), "USD", "announced", US), CT(am(3), "type"),
        money(ap(1.06e10), "USD", "pledged", US)),
    doc("aid3-04", "2024-12-30", AID,
        "Washington announced [[nearly $2.5 billion]] in new security aid for Kyiv on Monday. Of that, "
        "[[$1.24 billion]] comes from existing Pentagon stockpiles and [[$1.22 billion]] goes to new "
        "contracts under the Ukraine Security Assistance Initiative, financed with newly authorised 2024 "
        "funds.",
        money(am(2.5e9), "USD", "announced", US), money(ex(1.24e9), "USD", "announced", US),
        money(ex(1.22e9), "USD", "announced", US)),
    doc("aid3-05", "2022-10-04", AID,
        "The Pentagon said the new [[$625 million]] package, the 22nd drawdown from US stocks, includes "
        "[[four]] HIMARS launchers, [[16]] 155mm howitzers, [[75,000]] artillery rounds and [[200]] "
        "MRAP vehicles.",
        money(ex(6.25e8), "USD", "announced", US), EQ(ex(4), "launcher", "announced", US),
        EQ(ex(16), "howitzer", "announced", US), MI(ex(75000), "round", "announced", US),
        EQ(ex(200), "vehicle", "announced", US)),
    doc("aid3-06", "2024-09-10", AID,
        "Germany's government approved a fresh package worth [[€1.4bn]] for Kyiv on Tuesday, including "
        "[[four]] more Iris-T systems and [[20,000]] artillery rounds, Defence Minister Boris Pistorius "
        "said. Berlin has already handed over [[three]] Patriot systems from Bundeswehr stocks.",
        money(ex(1.4e9), "EUR", "approved", DE), EQ(ex(4), "system", "approved", DE),
        MI(ex(20000), "round", "approved", DE), EQ(ex(3), "system", "delivered", DE)),
    doc("aid3-07", "2024-10-18", AID,
        "Canada will send Ukraine a [[C$64.8 million]] ([[$47 million]]) package of small arms, "
        "ammunition and protective gear, Defence Minister Bill Blair said in Ottawa on Friday. It comes "
        "out of the [[C$500 million]] Prime Minister Justin Trudeau committed in July. Last month Ottawa "
        "promised [[80,840]] surplus air-to-surface rockets and [[1,300]] warheads.",
        money(ex(6.48e7), "CAD", "pledged", CA_), money(ex(4.7e7), "USD", "pledged", CA_),
        money(ex(5e8), "CAD", "pledged", CA_), MI(ex(80840), "rocket", "pledged", CA_),
        MI(ex(1300), "warhead", "pledged", CA_)),
    doc("aid3-08", "2025-02-24", AID,
        "A further [[C$200 million]] for Ukraine's armed forces was announced by Canada on the third "
        "anniversary of the invasion, together with [[25]] light armoured vehicles.",
        money(ex(2e8), "CAD", "announced", CA_), EQ(ex(25), "vehicle", "announced", CA_)),
    doc("aid3-09", "2024-03-20", AID,
        "The European Commission disbursed [[€4.5 billion]] in loans to Ukraine on Wednesday, "
        "the first money from the [[€50 billion]] Ukraine Facility approved by member states in "
        "February. Brussels has promised a further [[€1.5 billion]] in April.",
        money(ex(4.5e9), "EUR", "loaned", EU), money(ex(5e10), "EUR", "approved", EU),
        money(ex(1.5e9), "EUR", "pledged", EU)),
    doc("aid3-10", "2025-01-10", AID,
        "The EU paid out [[€3 billion]] of its [[€18.1 billion]] share of the G7 loan to Ukraine on "
        "Friday, to be serviced from the proceeds of immobilised Russian assets.",
        money(ex(3e9), "EUR", "loaned", EU), money(ex(1.81e10), "EUR", "loaned", EU)),
    doc("aid3-11", "2025-04-18", AID,
        "Japan signed a [[471.9 billion yen]] loan to Ukraine, roughly [[$3 billion]], repayable over "
        "[[30 years]] from the proceeds of immobilised Russian sovereign assets. Tokyo has already "
        "provided [[more than $8.5 billion]] in budget support since the invasion, finance minister "
        "Serhii Marchenko said.",
        money(ex(4.719e11), "JPY", "loaned", JP), money(ap(3e9), "USD", "loaned", JP),
        DUR(ex(30), "year"), money(ge(8.5e9), "USD", "delivered", JP)),
    doc("aid3-12", "2025-02-24", AID,
        "Copenhagen's contribution for humanitarian relief and rebuilding is [[405 million Danish "
        "kroner]] ([[about €54 million]]), Foreign Minister Lars Lokke Rasmussen said. Prime Minister "
        "Mette Frederiksen announced [[roughly 2 billion kroner]] more for ammunition and for equipping "
        "new Ukrainian brigades.",
        money(ex(4.05e8), "DKK", "pledged", DK), money(ap(5.4e7), "EUR", "pledged", DK),
        money(ap(2e9), "DKK", "announced", DK)),
    doc("aid3-13", "2025-08-05", AID,
        "Sweden will contribute [[$275 million]] to NATO's scheme for buying US weapons for Ukraine, "
        "Norway [[1.5 billion Norwegian crowns]] and Denmark [[about $90 million]], the [[three]] "
        "governments said.",
        money(ex(2.75e8), "USD", "pledged", SE), money(ex(1.5e9), "NOK", "pledged", NO),
        money(ap(9e7), "USD", "pledged", DK), CT(ex(3), "government")),
    doc("aid3-14", "2024-04-30", AID,
        "Kyiv's government set aside a further [[15.5 billion hryvnias]] for drone purchases on "
        "Tuesday, adding to [[43.3 billion hryvnias]] already earmarked under Budget 2024, Prime Minister "
        "Denys Shmyhal said. He said the new money should put [[300,000]] more drones in the hands of the "
        "Defence Forces. A separate [[500 million hryvnias]] will go on grants for defence-tech "
        "developers.",
        money(ex(1.55e10), "UAH", "approved", UA), money(ex(4.33e10), "UAH", "approved", UA),
        DR(ex(300000), "drone", "delivered", UA), money(ex(5e8), "UAH", "delivered", UA)),
    doc("aid3-15", "2024-09-27", AID,
        "Ukraine's finance ministry said that under the 2025 budget the government plans to spend "
        "[[$58bn]] on defence and security, or [[26%]] of GDP.",
        money(ex(5.8e10), "USD", "spent", UA), PCT(ex(26), "percent", None, UA)),
    doc("aid3-16", "2025-05-22", AID,
        "Dutch Defence Minister Ruben Brekelmans said all [[24]] F-16 jets promised to Ukraine had now "
        "arrived.",
        EQ(ex(24), "jet", "delivered", NL)),
    doc("aid3-17", "2025-10-15", AID,
        "Over [[six months]] the UK shipped [[more than 85,000]] drones to Kyiv's forces, Defence "
        "Secretary John Healey said, having put [[£600 million]] into faster deliveries this year. He "
        "also set out a five-point plan for allied drone production.",
        DUR(ex(6), "month"), DR(ge(85000), "drone", "delivered", UK),
        money(ex(6e8), "GBP", "spent", UK)),
    doc("aid3-18", "2023-12-13", AID,
        "Norway will add [[$800 million]] to pay Ukrainian salaries, Prime Minister Jonas Gahr Store "
        "said, and will provide more NASAMS air defence systems worth [[335 million Norwegian crowns]]. "
        "Oslo will also send [[hundreds]] of air-defence missiles for NASAMS. Denmark announced a new "
        "military package of [[about €1 billion]].",
        money(ex(8e8), "USD", "pledged", NO), money(ex(3.35e8), "NOK", "pledged", NO),
        MI(HUNDREDS, "missile", "pledged", NO),
        money(ap(1e9), "EUR", "announced", DK)),

    # --- Live blogs ------------------------------------------------------------------------------
    doc("live3-01", "2024-11-19", LIVE,
        "## 09:15 Day 1,000: Ukraine fires ATACMS at Bryansk region\n"
        "Russia's defence ministry said [[five]] of [[six]] ATACMS missiles fired at a facility in the "
        "Bryansk region were shot down and the sixth was damaged. In Kyiv, residents lit [[1,000]] "
        "candles at the Motherland Monument.",
        MI(ex(5), "missile", "destroyed", UA, "Bryansk Oblast"),
        MI(ex(6), "missile", "launched", UA, "Bryansk Oblast"),
        CT(ex(1000), "candle", None, None, "Kyiv")),
    doc("live3-02", "2026-01-13", LIVE,
        "## 07:42 Air force: [[20]] of [[26]] drones downed\n"
        "On day 1,419 of the full-scale war, the air force said Russia had launched [[26]] Shahed and "
        "Gerbera drones overnight; [[20]] were shot down over the north and east, and [[six]] hit "
        "targets at [[three]] locations.",
        DR(ex(20), "drone", "destroyed", RU), DR(ex(26), "drone", "launched", RU),
        DR(ex(26), "drone", "launched", RU), DR(ex(20), "drone", "destroyed", RU),
        DR(ex(6), "drone", "hit", RU), CT(ex(3), "location")),
    doc("live3-03", "2026-02-03", LIVE,
        "## 13:05 Kharkiv: [[two]] killed in guided-bomb strike\n"
        "Photo 3 of 12. [[Two]] people were killed and [[14]] injured when [[two]] guided bombs hit the "
        "Kholodnohirskyi district, governor Oleh Syniehubov said. Among the injured is [[a]] "
        "3-month-old baby.",
        CA(ex(2), "person", "killed", None, "Kharkiv"), CA(ex(2), "person", "killed", None, "Kharkiv"),
        CA(ex(14), "person", "injured", None, "Kharkiv"), MI(ex(2), "bomb", "hit", RU, "Kharkiv"),
        CA(ex(1), "baby", "injured", None, "Kharkiv")),
    doc("live3-04", "2025-06-01", LIVE,
        "## 18:30 Key events so far (01-06-2025)\n"
        "Russia's defence ministry said Ukrainian drones had attacked air bases in [[five]] regions, "
        "while Kyiv says [[more than 40]] aircraft were hit. Separately, [[12]] Ukrainian soldiers were "
        "killed when Russian forces struck a training ground, the ground forces said, and [[more than "
        "60]] servicemen were injured.",
        CT(ex(5), "region"), EQ(ge(40), "aircraft", "hit", RU),
        CA(ex(12), "soldier", "killed", UA), CA(ge(60), "serviceman", "injured", UA)),
    doc("live3-05", "2025-03-24", LIVE,
        "## 10:05 Zelensky: Russia used [[1,300]] glide bombs this week\n"
        "Over the past week Russia launched [[more than 1,300]] guided aerial bombs, [[nearly 900]] "
        "attack drones and [[more than 50]] missiles of various types against Ukraine, President "
        "Volodymyr Zelensky said.",
        MI(ex(1300), "bomb", "launched", RU), MI(ge(1300), "bomb", "launched", RU),
        DR(am(900), "drone", "launched", RU), MI(ge(50), "missile", "launched", RU)),
    doc("live3-06", "2025-03-11", LIVE,
        "## 06:50 Moscow airports closed\n"
        "Mayor Sergei Sobyanin said air defences downed [[11]] drones flying towards the capital. "
        "Flights at Vnukovo and Domodedovo were suspended for [[about three hours]]; there were [[no]] "
        "casualties.",
        DR(ex(11), "drone", "destroyed", None, "Moscow"), DUR(ap(3), "hour"),
        CA(ex(0), "casualty", "killed or injured", None, "Moscow")),
    doc("live3-07", "2024-08-20", LIVE,
        "## 08:10 Both sides report overnight drone attacks\n"
        "Russia's defence ministry said its air defences destroyed [[73]] Ukrainian drones over [[nine]] "
        "regions. Ukraine's air force said Russia had launched [[112]] drones of its own, of which "
        "[[74]] were shot down.",
        DR(ex(73), "drone", "destroyed", UA), CT(ex(9), "region"),
        DR(ex(112), "drone", "launched", RU), DR(ex(74), "drone", "destroyed", RU)),
    doc("live3-08", "2025-04-17", LIVE,
        "## 15:45 Sweden unveils [[16 billion kronor]] aid package\n"
        "Sweden will give Ukraine military aid worth [[16 billion Swedish kronor]] ([[about $1.6 "
        "billion]]), Defence Minister Pal Jonson said at a news conference in Stockholm.",
        money(ex(1.6e10), "SEK", "announced", SE), money(ex(1.6e10), "SEK", "announced", SE),
        money(ap(1.6e9), "USD", "announced", SE)),
    doc("live3-09", "2025-05-23", LIVE,
        "## 17:25 [[390]] prisoners freed on each side\n"
        "Ukraine and Russia each released [[270]] servicemen and [[120]] civilians on Friday, the first "
        "stage of a swap of [[1,000]] prisoners per side agreed in Istanbul.",
        PE(ex(390), "prisoner", "released"), PE(ex(270), "serviceman", "released"),
        PE(ex(120), "civilian", "released"), PE(ex(1000), "prisoner", "released")),
    doc("live3-10", "2024-07-29", LIVE,
        "## 21:10 Air raid alert lifted in Kyiv\n"
        "The capital's military administration said missile fragments fell in [[two]] "
        "districts. There were [[no]] reports of injuries or deaths, Serhiy Popko said.",
        CT(ex(2), "district", None, None, "Kyiv"),
        CA(ex(0), "injury", "killed or injured", None, "Kyiv")),
]


def build() -> list[dict[str, Any]]:
    """Return every held-out document, built from the annotations."""
    return [b.build_document(source) for source in DOCS]


def main() -> None:
    """Write heldout3.jsonl, print counts per category, optionally audit digits."""
    documents = build()
    ids = [d["id"] for d in documents]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate document ids")
    for d in documents:
        for f in d["facts"]:
            if d["text"][f["start"]:f["end"]] != f["span"]:
                raise SystemExit(f"{d['id']}: offset mismatch for {f['span']!r}")
    b.write(documents, OUT, __doc__)


if __name__ == "__main__":
    main()
