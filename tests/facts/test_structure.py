"""Events, sides and places read from a document's structure: list headers, headlines, place lists,
donors and asset owners. Rows are (text, span, event, actor, location); empty means none."""

from __future__ import annotations

import pandas as pd
import pytest

import quantex

ROWS = [
    # a list's items take the header's event and side, even when the header is a mixed total
    ("Overnight the enemy launched 64 air attack weapons: 50 Shahed drones and 14 missiles.", "50",
     "launched", "Russia", ""),
    ("Overnight the enemy launched 64 air attack weapons: 50 Shahed drones and 14 missiles.", "14",
     "launched", "Russia", ""),
    # a total broken down by place has no single place of its own
    ("Air defences destroyed 75 Ukrainian UAVs overnight: 40 over the Kursk region and 35 over Crimea.", "75",
     "destroyed", "Ukraine", ""),
    ("Air defences destroyed 75 Ukrainian UAVs overnight: 40 over the Kursk region and 35 over Crimea.", "40",
     "destroyed", "Ukraine", "Kursk Oblast"),
    # several places listed together: none of them is the place
    ("Air defence shot down 31 drones over the Bryansk and Kaluga regions.", "31", "destroyed", "", ""),
    ("Russia fired 22 missiles at Kharkiv, Dnipro and Odesa overnight.", "22", "launched", "Russia", ""),
    # a headline restates the lead
    ("## 07:40 Air force: 91 drones overnight\nRussia launched 91 drones overnight, the air force said.", "91",
     "launched", "Russia", ""),
    # "units" after a count of drones are units of drones
    ("Russia launched 500 drones overnight. Air defences neutralised 472 units.", "472", "destroyed", "Russia", ""),
    # a casualty count takes the one place of the sentence before, in its paragraph
    ("Shelling hit Zaporizhzhia on Monday. Two people were killed.", "Two", "killed", "", "Zaporizhzhia"),
    ("Drones hit Kyiv and Lviv. Two people were killed.", "Two", "killed", "", ""),
    # a package's parts in the sentences after it keep its donor
    ("The UK unveiled a £200 million package. It includes £80 million for naval drones.", "£80 million",
     "announced", "United Kingdom", ""),
    ("Germany pledged €500 million. Another €20 million came from Sweden.", "€20 million", "", "", ""),
    # the supplier of a weapon is not the side that fired it
    ("Russia said it downed 4 Storm Shadow missiles supplied by Britain.", "4", "destroyed", "Ukraine", ""),
    # the owner of frozen assets is not the lender
    ("Canada is using proceeds from frozen Russian assets to lend C$5 billion to Ukraine.", "C$5 billion",
     "loaned", "Canada", ""),
    # a bare number and the participle after it: "8 injured" is its own clause, not the object of "killed"
    ("The mayor reported 2 people killed and 9 injured in the town.", "9", "injured", "", ""),
    ("The shelling left 4 dead and 15 wounded.", "15", "injured", "", ""),
    ("Russia launched 60 drones overnight, 45 shot down and 11 lost.", "45", "destroyed", "Russia", ""),
    # a participle after an earlier count is that count's: "3 soldiers killed and 7 civilians injured"
    ("Officials said 3 soldiers killed and 7 civilians injured near the border.", "7", "injured", "", ""),
    # list items after casualties: soldiers lost are killed or injured, tanks lost are lost, never "injured"
    ("The enemy lost up to 240 servicemen, three tanks and two howitzers.", "three", "lost", "", ""),
    ("The enemy lost 90 soldiers killed and 130 wounded, as well as 5 tanks.", "5", "", "", ""),
    # "M out of N": the part takes the total's noun, the total of weapons downed is the number launched
    ("Air defence said it shot down 19 out of 27 Russian drones overnight.", "19", "destroyed", "Russia", ""),
    ("Air defence said it shot down 19 out of 27 Russian drones overnight.", "27", "launched", "Russia", ""),
    ("Mobile fire groups shot down 33 UAVs out of 41 overnight.", "41", "launched", "", ""),
    ("Air defence destroyed nine out of eleven Shahed drones.", "eleven", "launched", "", ""),
    # a relative clause after the noun has its own subject: the drones are Russia's, not the downer's
    ("Ukrainian air defence shot down 21 of the 30 Shahed drones Russia launched overnight.", "30", "launched",
     "Russia", ""),
    # a designation between list items does not break the list: every item takes the verb
    ("Air defence shot down three Iskander-M or KN-23 missiles, two Kh-59 missiles and 11 drones.", "11",
     "destroyed", "", ""),
    # a participle clause after a comma has the main clause's subject
    ("Russia struck the grid again on Friday, launching 64 missiles and 80 drones.", "80", "launched", "Russia", ""),
    # soldiers "eliminated" are a side's losses: killed or injured
    ("The ministry said its forces eliminated up to 350 Ukrainian servicemen in the east.", "up to 350",
     "killed or injured", "Ukraine", ""),
    # "N of which ..." takes the relative clause's verb and is a part of its antecedent; "of them" is partitive
    ("Russia launched 96 drones at Ukraine, 71 of which were neutralised, the air force said.", "71", "destroyed",
     "Russia", ""),
    ("Air defences downed 52 of them, while 30 decoys were lost locally.", "52", "destroyed", "", ""),
    # "Of the 140 drones, ...": the header is the total, its parts have their own verbs
    ("Of the 140 drones, 97 were shot down and 38 were lost.", "140", "launched", "", ""),
    # a quoted name is still the noun; two verbs joined by a slash: the first
    ("44 out of 53 “Shaheds” were shot down overnight.", "44", "destroyed", "", ""),
    ("As of 08:30, air defence shot down/suppressed 61 enemy drones.", "61", "destroyed", "", ""),
    # drones "released" at a country are launched; a bracketed acronym does not end the clause
    ("On the night of 4 May the Russian army released 58 drones over Ukraine.", "58", "launched", "Russia", ""),
    ("The Russian Federation (RF) launched 63 drones against Ukraine.", "63", "launched", "Russia", ""),
    # the side whose losses the clause counts
    ("Kyiv put Russian losses in the battle at over 2,000 killed and wounded.", "over 2,000", "killed or injured",
     "Russia", ""),
]


@pytest.mark.parametrize(("text", "span", "event", "actor", "location"), ROWS)
def test_structure(text: str, span: str, event: str, actor: str, location: str) -> None:
    frame = quantex.extract(text)
    row = frame[frame["span"] == span].iloc[0]
    got = tuple("" if row[k] is pd.NA else row[k] for k in ("event", "actor", "location"))
    assert got == (event, actor, location)
