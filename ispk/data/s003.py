"""Records catalogued from source 003."""
from ..model import Account, Cite, Count, Event, Note, Responsibility, SetAside, Statement, Statistic, When
from .sources import S000, S001, S003

# --------------------------------------------------------------------------- #
# Dates resolved against the article's stated date, 15 March 2019
# --------------------------------------------------------------------------- #

PIPS_REPORT_DATE = When(
    date="2019-01", basis="inferred",
    reason="The source says the report was published 'in January'; resolved against the article's stated date, 15 March 2019.",
)
YEAR_2018 = When(
    date="2018", basis="inferred",
    reason="'Last year' in the source, resolved against the article's stated date, 15 March 2019.",
)
# Issue 23, rule 2: these two paragraphs may predate the article (sources.py, earlier_passages), so their
# "last year" is 2018 only if they were written with it. The names stay: ids built on them are addresses.
SULTAN_LAST_YEAR = When(
    date="[2017,2018]", basis="inferred",
    reason=(
        "'Last year' in a paragraph that calls Aftab Sultan both 'director general' and 'former Director "
        "General', a sign that it was written before the article of 15 March 2019: 2018 if written with the "
        "article, 2017 if written a year before. The text does not say when; this reference does not choose."
    ),
)
JULY_2018 = When(
    date="[2017-07,2018-07]", basis="inferred",
    reason=(
        "'In July last year' / 'last July' in the paragraph after the Aftab Sultan paragraph, which shows signs "
        "of being written before the article of 15 March 2019: July 2018 if written with the article, July 2017 "
        "if written a year before. The text does not say when; this reference does not choose."
    ),
)
EARLY_2019_WARNING = When(
    date="2019", qualifier="early", basis="inferred",
    reason=(
        "The source, dated 15 March 2019, reports that the intelligence agencies 'have warned' and that the "
        "warning came 'a few weeks before' visits including the Pakistan Day parade on March 23, 2019; it gives "
        "no exact date."
    ),
)
JAN_2019 = When(date="2019-01")
DEC_2018 = When(
    date="2018-12", basis="inferred",
    reason="'The month before' January 2019, as the source compares it with 'this January'; resolved against the article's stated date, 15 March 2019.",
)
INTERIOR_REPORT_DATE = When(
    date="2019", qualifier="early", basis="inferred",
    reason=(
        "The source gives no date for the report; it covers the whole of January 2019 and is reported in an "
        "article dated 15 March 2019, so it was compiled between the end of January and mid-March 2019."
    ),
)

_UNDATED_REMARK = "The source reports the remark without saying when it was made; the article is dated 15 March 2019."

# --------------------------------------------------------------------------- #
# Events
# --------------------------------------------------------------------------- #

EVENTS = (
    Event(
        id="intelligence-warning-2019",
        title="Pakistani intelligence agencies warn of Islamic State threats",
        kind="warning",
        date=EARLY_2019_WARNING,
        summary=(
            "According to the source, Pakistan's intelligence agencies warned about threats from the Islamic State "
            "and suggested that the home department take adequate measures across the country. A senior interior "
            "ministry official said steps had been taken countrywide. The source places the warning after "
            "Pakistan-India tension across the Line of Control that followed the Pulwama attack, and a few weeks "
            "before planned visits to Pakistan by Turkish President Recep Tayyip Erdogan and Malaysian Prime "
            "Minister Mahathir Bin Mohamad."
        ),
        # No place: the Line of Control is where the tension was (issue 23, rule 3), and "Intelligence agencies
        # of Pakistan" says whose agencies warned, not where; the source gives the warning no place (i23r).
        groups=("islamic-state",),
        people=("recep-tayyip-erdogan", "mahathir-bin-mohamad"),
        cites=(
            Cite(source=S003, quote="Intelligence agencies of Pakistan have warned about threats from terror group Islamic State, also known as ISIS or Daesh, suggesting the home department to take adequate measures across the country to counter threats."),
            Cite(source=S003, quote="The warning came on heels of Pakistan-India tension across Line of Control following the Pulwama attack."),
            Cite(source=S003, quote="The warning came a few weeks before high profile visits of Turkish President Recep Tayyip Erdogan and Malaysian Prime Minister Mahathir Bin Mohamad to Pakistan."),
        ),
    ),
    Event(
        id="pulwama-attack",
        title="The Pulwama attack (mentioned as context)",
        kind="attack",
        date=None,
        undated_reason=(
            "The source mentions 'the Pulwama attack' only as the cause of Pakistan-India tension across the Line "
            "of Control before the 2019 warning; it gives no date, place, casualties or perpetrator."
        ),
        summary=(
            "The source mentions the Pulwama attack only as the event that Pakistan-India tension across the Line "
            "of Control followed; it says nothing else about it."
        ),
        # No place: the source gives none. The Line of Control is where the later tension was (issue 23, rule 3).
        cites=(Cite(source=S003, quote="Pakistan-India tension across Line of Control following the Pulwama attack"),),
    ),
    Event(
        id="erdogan-planned-visit-2019",
        title="Planned visit of Turkish President Recep Tayyip Erdogan to Pakistan",
        kind="visit",
        date=None,
        undated_reason="The source says 'dates for Erdogan's visit are yet to be announced'.",
        summary=(
            "The source, dated 15 March 2019, describes a forthcoming high-profile visit to Pakistan by Turkish "
            "President Recep Tayyip Erdogan, whose dates had not been announced. It does not report the visit "
            "taking place."
        ),
        regions=("pakistan",),
        people=("recep-tayyip-erdogan",),
        where=(
            Cite(source=S003, quote="high profile visits of Turkish President Recep Tayyip Erdogan and Malaysian Prime Minister Mahathir Bin Mohamad to Pakistan"),
        ),
        cites=(
            Cite(source=S003, quote="high profile visits of Turkish President Recep Tayyip Erdogan"),
            Cite(source=S003, quote="While dates for Erdogan’s visit are yet to be announced"),
        ),
    ),
    Event(
        id="mahathir-pakistan-day-parade-2019-03-23",
        title="Planned attendance of Malaysian Prime Minister Mahathir Bin Mohamad at the Pakistan Day parade",
        kind="visit",
        date=When(date="2019-03-23"),
        summary=(
            "The source, dated 15 March 2019, says Malaysian Prime Minister Mahathir Bin Mohamad will be guest of "
            "honour at the Pakistan Day parade on 23 March 2019. It reports the visit as planned, not as having "
            "taken place."
        ),
        regions=("pakistan",),
        people=("mahathir-bin-mohamad",),
        where=(
            Cite(source=S003, quote="the Malaysian PM will be guest of honour at the Pakistan Day parade on March 23, 2019"),
        ),
        cites=(
            Cite(source=S003, quote="the Malaysian PM will be guest of honour at the Pakistan Day parade on March 23, 2019"),
        ),
    ),
    Event(
        id="pips-report-2019-01",
        title="Pakistan Institute of Peace Studies report on terrorism in Pakistan in 2018",
        kind="report",
        date=PIPS_REPORT_DATE,
        summary=(
            "A report by the Pakistan Institute of Peace Studies, an Islamabad-based think tank, found a sharp "
            "decline in terrorist attacks in Pakistan in 2018 but named the Tehrik-i-Taliban Pakistan and the "
            "Islamic State as the most potent threats to Pakistan's security. It counted 595 people killed in "
            "terrorism in 2018, 38% of them in five attacks claimed by the Islamic State in Balochistan and "
            "Khyber Pakhtunkhwa, and 354 killed in Balochistan alone."
        ),
        regions=("pakistan", "balochistan", "khyber-pakhtunkhwa"),
        groups=("tehrik-i-taliban-pakistan", "islamic-state"),
        where=(
            Cite(source=S003, quote="sharp decline [about 29%] in terrorist attacks across Pakistan"),
            Cite(source=S003, quote="five lethal attacks claimed by ISIS in Balochistan and Khyber Pakhtunkhwa provinces"),
        ),
        cites=(
            Cite(source=S003, quote="A report published by Pakistan Institute of Peace Studies, an Islamabad-based think tank, in January revealed"),
            Cite(source=S003, quote="The report stated that 595 people were killed in acts of terrorism around the country in 2018"),
        ),
        notes=(
            Note(id="s003-pips-29-percent-bracket", text=(
                "The figure 'about 29%' appears in square brackets inside the sentence about the report, which "
                "suggests it was inserted by the article rather than quoted from the report."),
                cites=(Cite(source=S003, quote="despite sharp decline [about 29%] in terrorist attacks"),)),
        ),
    ),
    Event(
        id="quetta-attack-2016-08-08",
        title="Attack in Quetta claimed by the Islamic State and a Taliban faction",
        kind="attack",
        date=When(date="2016-08-08"),
        summary=(
            "An attack in Quetta, the provincial capital of Balochistan, killed at least 70 people and wounded more "
            "than 100, according to the source. The Islamic State and a Taliban faction claimed responsibility. "
            "The source presents it as the Islamic State's entry into Pakistan and does not say what or who was "
            "targeted."
        ),
        places=("quetta",),
        groups=("islamic-state",),
        counts=(
            Count(measure="killed", low=70, qualifier="at least", who="as reported by source 003",
                  cite=Cite(source=S003, quote="killed at least 70 people")),
            Count(measure="wounded", low=100, qualifier="more than", who="as reported by source 003",
                  cite=Cite(source=S003, quote="wounded more than 100")),
        ),
        responsibility=(
            Responsibility(group="islamic-state", kind="claimed", by="the Islamic State, as the source reports",
                           cites=(Cite(source=S003, quote="ISIS marked its entry into Pakistan on August 8, 2016 when it claimed a terrorist attack"),
                                  Cite(source=S003, quote="Islamic State and a Taliban faction claimed responsibility."))),
            Responsibility(group=None, kind="claimed", label="a Taliban faction", by="a Taliban faction, as the source reports",
                           cites=(Cite(source=S003, quote="Islamic State and a Taliban faction claimed responsibility."),)),
        ),
        where=(
            Cite(source=S003, quote="ISIS marked its entry into Pakistan on August 8, 2016 when it claimed a terrorist attack that killed at least 70 people and wounded more than 100 in the southwestern city of Quetta"),
        ),
        cites=(
            Cite(source=S003, quote="ISIS marked its entry into Pakistan on August 8, 2016 when it claimed a terrorist attack that killed at least 70 people and wounded more than 100 in the southwestern city of Quetta"),
            Cite(source=S003, quote="Islamic State and a Taliban faction claimed responsibility."),
        ),
        accounts=(
            Account(aspect="When did the group enter Pakistan?", says="Source 003: it 'marked its entry into Pakistan' with this attack, on 8 August 2016",
                    cite=Cite(source=S003, quote="ISIS marked its entry into Pakistan on August 8, 2016")),
            Account(aspect="When did the group enter Pakistan?", says="Source 003, elsewhere: its 'footprints' emerged in mid-2014",
                    cite=Cite(source=S003, quote="The footprints of ISIS emerged in Pakistan in mid-2014")),
            Account(aspect="When did the group enter Pakistan?", says="Source 003, elsewhere: its 'tangible presence' was reported 'first time' in November 2014",
                    cite=Cite(source=S003, quote="First time, the Islamic State’s tangible presence was reported in November 2014")),
            Account(aspect="When did the group enter Pakistan?", says="Source 000 (20 November 2014, inferred): pledges of support and allegiance to the group 'last month', October 2014 by its inferred date",
                    cite=Cite(source=S000, quote="Last month, in a video message released to media, five commanders of the Pakistani Taliban pledged support to Islamic State while another splinter group, called Jundullah, also declared its allegiance")),
            Account(aspect="When did the group enter Pakistan?", says="Source 001 (year not stated): most of the 309 held were established Pakistani militants who had 'switched loyalties' to the group",
                    cite=Cite(source=S001, quote="most of those detained were established Pakistani militants who had switched loyalties to the IS group")),
        ),
        notes=(
            Note(id="s003-quetta-two-claims", text=(
                "The source first says the Islamic State claimed the attack, then that the Islamic State and a "
                "Taliban faction claimed responsibility; it does not name the faction or say whether the claims "
                "were joint or competing."),
                cites=(Cite(source=S003, quote="when it claimed a terrorist attack"),
                       Cite(source=S003, quote="Islamic State and a Taliban faction claimed responsibility."))),
            Note(id="s003-entry-dating", text=(
                "The source calls this attack the Islamic State's entry into Pakistan, although it also dates the "
                "group's 'footprints' in Pakistan to mid-2014 and its 'tangible presence' to a report of November "
                "2014."),
                cites=(Cite(source=S003, quote="ISIS marked its entry into Pakistan on August 8, 2016"),
                       Cite(source=S003, quote="The footprints of ISIS emerged in Pakistan in mid-2014"),
                       Cite(source=S003, quote="First time, the Islamic State’s tangible presence was reported in November 2014"))),
        ),
    ),
    Event(
        id="quetta-police-training-college-attack-2016-10-24",
        title="Attack on the police training college in Quetta",
        kind="attack",
        date=When(date="2016-10-24"),
        summary=(
            "Three heavily armed attackers attacked sleeping cadets at the police training college in Quetta, "
            "killing 61 of them and injuring more than 165 others, according to the source. The Islamic State, "
            "along with Lashkar-e-Jhangvi, claimed responsibility."
        ),
        places=("quetta",),
        groups=("islamic-state", "lashkar-e-jhangvi"),
        counts=(
            Count(measure="killed", low=61, qualifier="exact", who="as reported by source 003 (cadets)",
                  cite=Cite(source=S003, quote="killing 61 of them")),
            Count(measure="wounded", low=165, qualifier="more than", who="as reported by source 003",
                  cite=Cite(source=S003, quote="injuring more than 165 others")),
        ),
        responsibility=(
            Responsibility(group="islamic-state", kind="claimed", by="the Islamic State, as the source reports",
                           cites=(Cite(source=S003, quote="ISIS along with Pakistan-based Lashkar-e-Jhangvi claimed responsibility for the attack."),)),
            Responsibility(group="lashkar-e-jhangvi", kind="claimed", by="Lashkar-e-Jhangvi, as the source reports",
                           cites=(Cite(source=S003, quote="ISIS along with Pakistan-based Lashkar-e-Jhangvi claimed responsibility for the attack."),)),
            # The article's own voice ascribes the attack to the group, in its scare-quoted word (independent read
            # i23r, finding 24): an attribution by the source, beside the two claims it reports.
            Responsibility(group="islamic-state", kind="attributed", by="source 003 itself ('The ‘caliphate’ struck again')",
                           cites=(Cite(source=S003, quote="The ‘caliphate’ struck again in Quetta on 24 October, 2016"),)),
        ),
        where=(
            Cite(source=S003, quote="struck again in Quetta on 24 October, 2016, targeting the police training college"),
        ),
        cites=(
            Cite(source=S003, quote="struck again in Quetta on 24 October, 2016, targeting the police training college"),
            Cite(source=S003, quote="Three heavily armed terrorists attacked sleeping cadets, killing 61 of them and injuring more than 165 others."),
            Cite(source=S003, quote="ISIS along with Pakistan-based Lashkar-e-Jhangvi claimed responsibility for the attack."),
        ),
    ),
    Event(
        id="monitoring-team-20th-report",
        title="20th report of the Analytical Support and Sanctions Monitoring Team",
        kind="report",
        date=None,
        undated_reason="The source cites 'the 20th report from the Analytical Support and Sanctions Monitoring Team' without a date.",
        summary=(
            "According to the source, the 20th report of the Analytical Support and Sanctions Monitoring Team said "
            "the Islamic State enlists 'partners of convenience' in Afghanistan and 'outsources' attacks to "
            "Pakistani organisations such as Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."
        ),
        # No place: the source gives the report none; Afghanistan is where, it says, the group enlists
        # partners (issue 23, rule 3).
        groups=("islamic-state", "lashkar-e-jhangvi", "jamaat-ul-ahrar"),
        cites=(
            Cite(source=S003, quote="According to the 20th report from the Analytical Support and Sanctions Monitoring Team, ISIS enlists “partners of convenience” in Afghanistan"),
        ),
        notes=(
            Note(id="s003-monitoring-team-body", text=(
                "The source does not say which body the Analytical Support and Sanctions Monitoring Team belongs "
                "to, nor when its 20th report appeared."),
                cites=(Cite(source=S003, quote="the 20th report from the Analytical Support and Sanctions Monitoring Team"),)),
        ),
    ),
    Event(
        id="aftab-sultan-lawmakers-warning-2018",
        title="Intelligence Bureau chief Aftab Sultan warns lawmakers of the Islamic State and its affiliates",
        # Not "hearing": the source says only "told lawmakers" at "a meeting" (independent read i23r).
        kind="warning",
        date=SULTAN_LAST_YEAR,
        summary=(
            "According to the source, Aftab Sultan, director general of Pakistan's Intelligence Bureau, told "
            "lawmakers 'last year' that the Islamic State was emerging as a potential threat with the help of "
            "Pakistan-based affiliates including Lashkar-e-Jhangvi and Jamaat-ul-Ahrar, and asked the government "
            "to launch a countrywide crackdown. A lawmaker quoted him from the meeting."
        ),
        people=("aftab-sultan",),
        groups=("islamic-state", "lashkar-e-jhangvi", "jamaat-ul-ahrar"),
        # No place: "Pakistan's Intelligence Bureau" names whose bureau, not where the meeting was; the source
        # gives the meeting no place (issue 23, rule 3; independent read i23r).
        cites=(
            Cite(source=S003, quote="Last year, Aftab Sultan, director general of Pakistan’s Intelligence Bureau told lawmakers that ISIS was emerging as a potential threat"),
            Cite(source=S003, quote="from a meeting held last year"),
        ),
        notes=(
            Note(id="s003-aftab-sultan-last-year", text=(
                "The source says 'last year'. Against the article's date of 15 March 2019 that is 2018, but in this "
                "paragraph the source calls Aftab Sultan both 'director general' and 'former Director General', so "
                "the paragraph may have been written earlier: this reference gives 2017 or 2018 and does not "
                "choose. If it was written earlier still, the warning may be the Senate hearing of 10 February "
                "2016 that source 003 reports elsewhere (see that event); the text does not say."),
                cites=(Cite(source=S003, quote="Last year, Aftab Sultan, director general of Pakistan’s Intelligence Bureau told lawmakers"),
                       Cite(source=S003, quote="a lawmaker quoted former Director General of Intelligence Bureau, Aftab Sultan"))),
        ),
    ),
    Event(
        id="mosul-liberation-2018-07",
        title="End of Islamic State control of Mosul, as source 003 reports it",
        kind="military operation",
        date=JULY_2018,
        summary=(
            "Source 003 says Iraq's fight against the Islamic State reached a major milestone with 'the liberation "
            "of Mosul' (its words) from the group's control after three years of occupation. The article itself "
            "asserts that Pakistan 'quietly helped' Iraq in that fight; Iraq's ambassador to Pakistan, as it "
            "quotes him, said only that Pakistan was one of several countries that supported Iraq."
        ),
        places=("mosul",),
        regions=("iraq",),
        groups=("islamic-state",),
        where=(
            Cite(source=S003, quote="It is interesting to note that Pakistan quietly helped Iraq in its fight against ISIS which reached a major milestone in July last year with the liberation of Mosul from the terrorist group’s control after three years of occupation."),
        ),
        cites=(
            Cite(source=S003, quote="It is interesting to note that Pakistan quietly helped Iraq in its fight against ISIS which reached a major milestone in July last year with the liberation of Mosul from the terrorist group’s control after three years of occupation."),
        ),
        accounts=(
            Account(aspect="Pakistan's part", says="The article: 'Pakistan quietly helped Iraq in its fight against ISIS' (its own assertion, attributed to no one)",
                    cite=Cite(source=S003, quote="It is interesting to note that Pakistan quietly helped Iraq in its fight against ISIS")),
            Account(aspect="Pakistan's part", says="Iraq's ambassador, as the article quotes him: Pakistan was one of several countries that supported Iraq",
                    cite=Cite(source=S003, quote="“Pakistan was among a number of countries that supported Iraq in fighting the ISIS,”")),
        ),
        notes=(
            Note(id="s003-mosul-last-year", text=(
                "The source says 'July last year'. Against the article's date of 15 March 2019 that is July 2018, "
                "but the paragraph follows one that shows signs of being written earlier, so this reference gives "
                "July 2017 or July 2018 and does not choose."),
                cites=(Cite(source=S003, quote="in July last year"),)),
        ),
    ),
    Event(
        id="iraqi-ambassador-briefing-2018-07",
        title="Iraq's ambassador briefs Pakistani media on the eviction of the Islamic State from Mosul",
        kind="briefing",
        date=JULY_2018,
        summary=(
            "Iraq's ambassador to Pakistan, Ali Yasin Muhammad Karim, briefed Pakistani media at the embassy in "
            "Islamabad about the eviction of the Islamic State from Mosul and said Pakistan was among the "
            "countries that supported Iraq."
        ),
        places=("islamabad",),
        people=("ali-yasin-muhammad-karim",),
        groups=("islamic-state",),
        where=(
            Cite(source=S003, quote="told reporters in Islamabad last July at the embassy while briefing Pakistani media about the eviction of the IS from Mosul"),
        ),
        cites=(
            Cite(source=S003, quote="told reporters in Islamabad last July at the embassy while briefing Pakistani media about the eviction of the IS from Mosul"),
        ),
    ),
    Event(
        id="interior-ministry-report-2019-01",
        title="Interior ministry report on terrorist attacks in Pakistan in January 2019",
        kind="report",
        date=INTERIOR_REPORT_DATE,
        summary=(
            "A report compiled by Pakistan's interior ministry stated that, after a gradual decline over the "
            "previous months, terrorist attacks in Pakistan rose again in January 2019: 26 attacks, against 11 "
            "the month before, killing 30 people and wounding 69. The article then says, without attributing it to "
            "the report, that most of the attacks were claimed by the Islamic State and its affiliates including "
            "Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."
        ),
        regions=("pakistan",),
        groups=("islamic-state", "lashkar-e-jhangvi", "jamaat-ul-ahrar"),
        where=(
            Cite(source=S003, quote="A report compiled by Pakistan’s interior ministry has stated that witnessing a gradual decline over the past few months, the number of terrorist attacks in Pakistan surged once again during January, 2019."),
        ),
        cites=(
            Cite(source=S003, quote="A report compiled by Pakistan’s interior ministry has stated that witnessing a gradual decline over the past few months, the number of terrorist attacks in Pakistan surged once again during January, 2019."),
            Cite(source=S003, quote="As many as 26 terrorist attacks took place in Pakistan this January, compared to 11 in the month before, which claimed 30 lives and wounded 69 others."),
            Cite(source=S003, quote="Most of the attacks were claimed by ISIS and its affiliates including Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."),
        ),
    ),
)

# --------------------------------------------------------------------------- #
# Statements
# --------------------------------------------------------------------------- #

STATEMENTS = (
    Statement(
        id="interior-ministry-official-arms-length-2019",
        text="We have received input from Intelligence agencies. Necessary steps have been taken countrywide to keep them [ISIS] at arm’s length,",
        form="quote",
        speaker_label="a senior official of Pakistan's interior ministry",
        date=EARLY_2019_WARNING,
        event="intelligence-warning-2019",
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="“We have received input from Intelligence agencies. Necessary steps have been taken countrywide to keep them [ISIS] at arm’s length,” a senior official of Pakistan’s interior ministry said."),),
    ),
    Statement(
        id="pips-report-ttp-isis-most-potent-threat",
        text=(
            "Despite a sharp decline in terrorist attacks across Pakistan in 2018, the Tehrik-i-Taliban Pakistan "
            "and the Islamic State remained the most potent threat to Pakistan's security."
        ),
        form="paraphrase",
        speaker_label="Report of the Pakistan Institute of Peace Studies",
        date=PIPS_REPORT_DATE,
        event="pips-report-2019-01",
        groups=("tehrik-i-taliban-pakistan", "islamic-state"),
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="militant organisations Tehrik-i-Taliban Pakistan and ISIS remained the most potent threat to Pakistan’s security"),),
    ),
    Statement(
        id="pakistani-officials-unaccounted-is-travellers",
        text=(
            "Pakistani officials were struggling to compile data on Pakistani youngsters with links to the Islamic "
            "State. A number of Pakistanis who travelled to join the group are unaccounted for since it was driven "
            "from its strongholds in Syria and Iraq, and Pakistan's security agencies worry they may have gone "
            "underground and may pose a threat in future."
        ),
        form="paraphrase",
        speaker_label="Pakistani officials and security agencies, as reported by the source",
        date=When(date="2019-03", qualifier="as of", basis="inferred",
                  reason="The source says officials are 'currently' struggling; resolved against the article's stated date, 15 March 2019."),
        groups=("islamic-state",),
        regions=("pakistan", "syria", "iraq"),
        cites=(
            Cite(source=S003, quote="Pakistani officials are currently struggling to compile data of Pakistani youngsters with links to ISIS."),
            Cite(source=S003, quote="a number of Pakistanis who travelled to join the extremists’ so-called “caliphate” are unaccounted for and Pakistan’s security agencies worry they may have gone underground and pose threat in future"),
        ),
    ),
    Statement(
        id="ctd-officials-isis-new-threat",
        text="Officials of the counter-terrorism department believe the Islamic State is the new threat.",
        form="paraphrase",
        speaker_label="Officials of the counter-terrorism department",
        undated_reason=_UNDATED_REMARK,
        groups=("islamic-state",),
        cites=(Cite(source=S003, quote="Even the officials of the counter-terrorism department believe that ISIS is the new threat."),),
    ),
    Statement(
        id="chandio-isis-begun-to-challenge-us",
        text="ISIS has begun to challenge us. Last year it had shown its muscles. But, we are ready to take the bull by the horns,",
        form="quote",
        speaker="pervez-ahmed-chandio",
        undated_reason=_UNDATED_REMARK,
        groups=("islamic-state",),
        cites=(Cite(source=S003, quote="“ISIS has begun to challenge us. Last year it had shown its muscles. But, we are ready to take the bull by the horns,” Pervez Ahmed Chandio, chief of Karachi’s counter-terrorism department said."),),
    ),
    Statement(
        id="chandio-most-dangerous-threat",
        text="It is one of the most dangerous threats that Pakistan faces today and we are ready to fight this war,",
        form="quote",
        speaker="pervez-ahmed-chandio",
        undated_reason=_UNDATED_REMARK,
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="“It is one of the most dangerous threats that Pakistan faces today and we are ready to fight this war,” he added."),),
    ),
    Statement(
        id="s003-police-training-resources",
        text=(
            "While Pakistan's armed forces are engaged on safeguarding the eastern and western borders, Pakistan's "
            "police are 'not best trained' (the source's words) to fight militant groups such as the TTP and the Islamic State, and the "
            "counter-terrorism department's lack of resources worries senior officials such as Pervez Ahmed Chandio."
        ),
        form="paraphrase",
        speaker_label="The article's author (unattributed assessment in source 003)",
        undated_reason="An assessment in the article of 15 March 2019, not tied to a date.",
        groups=("tehrik-i-taliban-pakistan", "islamic-state"),
        regions=("pakistan",),
        cites=(
            Cite(source=S003, quote="While Pakistan’s armed forces are engaged on safeguarding Eastern and Western borders"),
            Cite(source=S003, quote="police in Pakistan is not best trained to fight militant outfits like TTP and ISIS"),
            Cite(source=S003, quote="Also, lack of resources with the counter-terrorism department makes senior officials like Chandio worried."),
        ),
    ),
    Statement(
        id="chandio-militant-cells-reemerge",
        text="As soon as we disrupt one militant cell, another emerges, sometimes within weeks and often in an unrelated part of the country,",
        form="quote",
        speaker="pervez-ahmed-chandio",
        undated_reason=_UNDATED_REMARK,
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="“As soon as we disrupt one militant cell, another emerges, sometimes within weeks and often in an unrelated part of the country,” Chandio said."),),
    ),
    Statement(
        id="s003-sleeping-cells-task",
        text=(
            "Pakistan's law enforcement agencies have made great sacrifices in dismantling terror networks but "
            "still face the difficult task of uncovering the Islamic State's sleeping cells across the country."
        ),
        form="paraphrase",
        speaker_label="The article's author (unattributed assessment in source 003)",
        undated_reason="An assessment in the article of 15 March 2019, not tied to a date.",
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="While Pakistan’s law enforcement agencies have sacrificed a great deal while dismantling terror networks, they still face a daunting task of unearthing ISIS’ sleeping cells across the country."),),
    ),
    Statement(
        id="rana-isis-structure-unknown",
        text="ISIS hideouts, structure and strategy is unknown. No one knows the strength of its members. This is the most worrying factor for counter-terrorism department,",
        form="quote",
        speaker="mohammad-amir-rana",
        undated_reason=_UNDATED_REMARK,
        groups=("islamic-state",),
        cites=(Cite(source=S003, quote="“ISIS hideouts, structure and strategy is unknown. No one knows the strength of its members. This is the most worrying factor for counter-terrorism department,” said Mohammad Amir Rana"),),
    ),
    Statement(
        id="aftab-sultan-senate-is-emerging-threat-2016",
        text="The Islamic State was emerging as a threat.",
        form="paraphrase",
        speaker="aftab-sultan",
        speaker_basis="inferred",
        speaker_reason=("Source 003 says only 'director general of the Pakistan Intelligence Bureau' for 10 February "
                        "2016; source 002 names the bureau's chief in 2016 as Aftab Sultan, and this reference "
                        "identifies the two."),
        date=When(date="2016-02-10"),
        event="ib-chief-warning-2016",
        groups=("islamic-state",),
        cites=(Cite(source=S003, quote="Later on February 10, 2016, director general of the Pakistan Intelligence Bureau informed country’s Senate Standing Committee on Interior that the Islamic State was emerging as a threat."),),
    ),
    Statement(
        id="aftab-sultan-senate-soft-corner-2016",
        text="Pakistan-based terrorist groups, including Lashkar-e-Jhangvi and Sipah-e-Sahaba Pakistan, had a soft corner for the Islamic State.",
        form="paraphrase",
        speaker="aftab-sultan",
        speaker_basis="inferred",
        speaker_reason=("Source 003 says only 'director general of the Pakistan Intelligence Bureau' for 10 February "
                        "2016; source 002 names the bureau's chief in 2016 as Aftab Sultan, and this reference "
                        "identifies the two."),
        date=When(date="2016-02-10"),
        event="ib-chief-warning-2016",
        groups=("islamic-state", "lashkar-e-jhangvi", "sipah-e-sahaba-pakistan"),
        cites=(Cite(source=S003, quote="He claimed that Pakistan-based terrorist groups, including Lashkar-e-Jhangvi and Sipah-e-Sahaba Pakistan, had a soft corner for ISIS."),),
    ),
    Statement(
        id="s003-quetta-wake-up-call",
        text=(
            "The August 2016 Quetta attack was a wake-up call for the Pakistan government, but the government was "
            "slow to devise a strategy to counter the Islamic State."
        ),
        form="paraphrase",
        speaker_label="The article's author (unattributed assessment in source 003)",
        undated_reason="An assessment in the article of 15 March 2019, not tied to a date.",
        event="quetta-attack-2016-08-08",
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="It was a wake-up call for the Pakistan government, but its response in devising a strategy to counter ISIS had been slow."),),
    ),
    Statement(
        id="home-ministry-officials-wilayat-e-khurasan",
        text=(
            "The Islamic State has established a base in Pakistan which it calls Wilayat-e-Khurasan and has "
            "considerably stepped up efforts to broaden its network in the country."
        ),
        form="paraphrase",
        speaker_label="Officials of Pakistan's home ministry",
        undated_reason="The source reports the officials' claim in the present tense without a date; the article is dated 15 March 2019.",
        groups=("islamic-state", "islamic-state-khorasan"),
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="Officials of Pakistan’s home ministry claim that the ISIS has established a base in Pakistan which it calls Wilayat-e-Khurasan and has considerably stepped up efforts to broaden its network here."),),
    ),
    Statement(
        id="monitoring-team-partners-of-convenience",
        text=(
            "The Islamic State enlists 'partners of convenience' in Afghanistan and 'outsources' terror attacks to "
            "Pakistani organisations such as Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."
        ),
        form="paraphrase",
        speaker_label="The 20th report of the Analytical Support and Sanctions Monitoring Team, as cited by the source",
        undated_reason="The source cites the report without a date.",
        event="monitoring-team-20th-report",
        groups=("islamic-state", "lashkar-e-jhangvi", "jamaat-ul-ahrar"),
        regions=("afghanistan", "pakistan"),
        cites=(Cite(source=S003, quote="ISIS enlists “partners of convenience” in Afghanistan and “outsources” terror attacks to Pakistani organizations such as Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."),),
    ),
    Statement(
        id="aftab-sultan-affiliates-potential-threat-2018",
        text=(
            "The Islamic State was emerging as a potential threat with the help of its Pakistan-based affiliates, "
            "including Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."
        ),
        form="paraphrase",
        speaker="aftab-sultan",
        date=SULTAN_LAST_YEAR,
        event="aftab-sultan-lawmakers-warning-2018",
        groups=("islamic-state", "lashkar-e-jhangvi", "jamaat-ul-ahrar"),
        cites=(Cite(source=S003, quote="told lawmakers that ISIS was emerging as a potential threat with the help of its Pakistan-based affiliates including Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."),),
    ),
    Statement(
        id="aftab-sultan-countrywide-crackdown-2018",
        text="He asked the government to launch a countrywide crackdown to dismantle the Islamic State threat.",
        form="paraphrase",
        speaker="aftab-sultan",
        date=SULTAN_LAST_YEAR,
        event="aftab-sultan-lawmakers-warning-2018",
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="He asked the government to launch a countrywide crackdown to dismantle the ISIS threat."),),
    ),
    Statement(
        id="aftab-sultan-serious-threat-2018",
        text="ISIS can pose a serious threat in the days to come. We need to take steps to counter it,",
        form="quote",
        speaker="aftab-sultan",
        date=SULTAN_LAST_YEAR,
        event="aftab-sultan-lawmakers-warning-2018",
        groups=("islamic-state",),
        cites=(Cite(source=S003, quote="“ISIS can pose a serious threat in the days to come. We need to take steps to counter it,” a lawmaker quoted former Director General of Intelligence Bureau, Aftab Sultan, from a meeting held last year."),),
    ),
    Statement(
        id="karim-pakistan-supported-iraq",
        text="Pakistan was among a number of countries that supported Iraq in fighting the ISIS,",
        form="quote",
        speaker="ali-yasin-muhammad-karim",
        date=JULY_2018,
        place="islamabad",
        event="iraqi-ambassador-briefing-2018-07",
        groups=("islamic-state",),
        regions=("iraq", "pakistan"),
        cites=(Cite(source=S003, quote="“Pakistan was among a number of countries that supported Iraq in fighting the ISIS,” ambassador of Iraq to Pakistan Ali Yasin Muhammad Karim told reporters in Islamabad last July"),),
    ),
    Statement(
        id="interior-ministry-report-attacks-surged-2019-01",
        text=(
            "After a gradual decline over the past few months, the number of terrorist attacks in Pakistan rose "
            "again in January 2019."
        ),
        form="paraphrase",
        speaker_label="Report compiled by Pakistan's interior ministry",
        date=INTERIOR_REPORT_DATE,
        event="interior-ministry-report-2019-01",
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="witnessing a gradual decline over the past few months, the number of terrorist attacks in Pakistan surged once again during January, 2019"),),
    ),
    Statement(
        id="interior-ministry-report-most-attacks-claimed-by-is",
        text=(
            "Most of the attacks in January 2019 were claimed by the Islamic State and its affiliates, including "
            "Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."
        ),
        form="paraphrase",
        # Issue 23, finding 12: the sentence follows the ministry's figures with no "it said".
        speaker_label="The article's author (source 003), after the interior ministry report's figures; it does not say who says so",
        date=INTERIOR_REPORT_DATE,
        event="interior-ministry-report-2019-01",
        groups=("islamic-state", "lashkar-e-jhangvi", "jamaat-ul-ahrar"),
        regions=("pakistan",),
        cites=(Cite(source=S003, quote="Most of the attacks were claimed by ISIS and its affiliates including Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."),),
    ),
)

# --------------------------------------------------------------------------- #
# Statistics
# --------------------------------------------------------------------------- #

_PIPS = "Pakistan Institute of Peace Studies"
_MOI = "Pakistan's interior ministry"
_PIPS_2018 = When(date="2018")

STATISTICS = (
    Statistic(
        id="pips-2018-attack-decline",
        label="Decline in terrorist attacks across Pakistan in 2018",
        value=29, unit="percent", topic="trend", qualifier="about",
        producer="source 003, in square brackets in its sentence on the " + _PIPS + " report",
        period=YEAR_2018, region="pakistan", report="pips-report-2019-01",
        series="pips-2018", series_title="Pakistan Institute of Peace Studies, 2018",
        cites=(Cite(source=S003, quote="despite sharp decline [about 29%] in terrorist attacks across Pakistan last year"),),
    ),
    Statistic(
        id="pips-2018-deaths",
        label="People killed in acts of terrorism in Pakistan in 2018",
        value=595, unit="people", topic="deaths",
        producer=_PIPS, period=_PIPS_2018, region="pakistan", report="pips-report-2019-01",
        series="terrorism-deaths-pakistan", series_title="Deaths in terrorism in Pakistan",
        cites=(Cite(source=S003, quote="595 people were killed in acts of terrorism around the country in 2018"),),
    ),
    Statistic(
        id="pips-2018-is-attacks-share-of-deaths",
        label="Share of 2018 terrorism deaths in Pakistan killed in five attacks claimed by the Islamic State in Balochistan and Khyber Pakhtunkhwa",
        value=38, unit="percent", topic="share",
        producer=_PIPS, period=_PIPS_2018, region="pakistan", report="pips-report-2019-01",
        series="pips-2018", series_title="Pakistan Institute of Peace Studies, 2018", groups=("islamic-state",),
        cites=(Cite(source=S003, quote="of which 38% were killed in five lethal attacks claimed by ISIS in Balochistan and Khyber Pakhtunkhwa provinces"),),
    ),
    Statistic(
        id="pips-2018-is-lethal-attacks",
        # Issue 23, finding 11: the report counts the deaths in five attacks, not all the group's claimed attacks.
        label="Lethal attacks claimed by the Islamic State in Balochistan and Khyber Pakhtunkhwa in which 38% of 2018's terrorism deaths occurred",
        value=5, unit="attacks", topic="attacks",
        producer=_PIPS, period=_PIPS_2018, region="pakistan", report="pips-report-2019-01",
        series="pips-2018", series_title="Pakistan Institute of Peace Studies, 2018", groups=("islamic-state",),
        cites=(Cite(source=S003, quote="five lethal attacks claimed by ISIS in Balochistan and Khyber Pakhtunkhwa provinces"),),
    ),
    Statistic(
        id="pips-2018-balochistan-deaths",
        label="People killed in terrorism in Balochistan in 2018",
        value=354, unit="people", topic="deaths", qualifier="as many as",
        producer=_PIPS, period=_PIPS_2018, region="balochistan", report="pips-report-2019-01",
        series="terrorism-deaths-balochistan", series_title="Deaths in terrorism in Balochistan",
        cites=(Cite(source=S003, quote="As many as 354 people were killed in Balochistan alone – 59% of the 2018 toll."),),
    ),
    Statistic(
        id="pips-2018-balochistan-share-of-deaths",
        label="Balochistan's share of Pakistan's 2018 terrorism deaths",
        value=59, unit="percent", topic="share",
        producer=_PIPS, period=_PIPS_2018, region="balochistan", report="pips-report-2019-01",
        series="pips-2018", series_title="Pakistan Institute of Peace Studies, 2018",
        cites=(Cite(source=S003, quote="59% of the 2018 toll"),),
    ),
    Statistic(
        id="quetta-police-college-attackers-2016",
        label="Attackers in the attack on the Quetta police training college, 24 October 2016",
        value=3, unit="attackers", topic="fighters",
        producer="source 003 (no producer named)", period=When(date="2016-10-24"), place="quetta",
        cites=(Cite(source=S003, quote="Three heavily armed terrorists attacked sleeping cadets"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-attacks",
        label="Terrorist attacks in Pakistan in January 2019",
        value=26, unit="attacks", topic="attacks", qualifier="as many as",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="terrorist-attacks-pakistan-monthly", series_title="Terrorist attacks in Pakistan by month (interior ministry)",
        cites=(Cite(source=S003, quote="As many as 26 terrorist attacks took place in Pakistan this January"),),
    ),
    Statistic(
        id="interior-ministry-2018-12-attacks",
        label="Terrorist attacks in Pakistan in December 2018",
        value=11, unit="attacks", topic="attacks",
        producer=_MOI, period=DEC_2018, region="pakistan", report="interior-ministry-report-2019-01",
        series="terrorist-attacks-pakistan-monthly", series_title="Terrorist attacks in Pakistan by month (interior ministry)",
        cites=(Cite(source=S003, quote="compared to 11 in the month before"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-killed",
        label="People killed in terrorist attacks in Pakistan in January 2019",
        value=30, unit="people", topic="deaths",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="terrorism-deaths-pakistan-monthly", series_title="Deaths in terrorist attacks in Pakistan by month (interior ministry)",
        cites=(Cite(source=S003, quote="which claimed 30 lives and wounded 69 others"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-wounded",
        label="People wounded in terrorist attacks in Pakistan in January 2019",
        value=69, unit="people", topic="wounded",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="terrorism-wounded-pakistan-monthly", series_title="People wounded in terrorist attacks in Pakistan by month (interior ministry)",
        cites=(Cite(source=S003, quote="which claimed 30 lives and wounded 69 others"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-killed-security",
        label="Security officials killed in terrorist attacks in Pakistan in January 2019",
        value=9, unit="people", topic="deaths",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="interior-ministry-2019-01-killed-by-category", series_title="Killed in terrorist attacks, January 2019, by category (interior ministry)",
        cites=(Cite(source=S003, quote="Among those killed were nine security officials, 14 civilians and seven militants"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-killed-civilians",
        label="Civilians killed in terrorist attacks in Pakistan in January 2019",
        value=14, unit="people", topic="deaths",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="interior-ministry-2019-01-killed-by-category", series_title="Killed in terrorist attacks, January 2019, by category (interior ministry)",
        cites=(Cite(source=S003, quote="Among those killed were nine security officials, 14 civilians and seven militants"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-killed-militants",
        label="Militants killed in terrorist attacks in Pakistan in January 2019",
        value=7, unit="people", topic="deaths",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="interior-ministry-2019-01-killed-by-category", series_title="Killed in terrorist attacks, January 2019, by category (interior ministry)",
        cites=(Cite(source=S003, quote="Among those killed were nine security officials, 14 civilians and seven militants"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-injured-security",
        label="Security personnel injured in terrorist attacks in Pakistan in January 2019",
        value=31, unit="people", topic="wounded",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="interior-ministry-2019-01-injured-by-category", series_title="Injured in terrorist attacks, January 2019, by category (interior ministry)",
        cites=(Cite(source=S003, quote="the injured included 31 security personnel, 36 civilians, and two militants"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-injured-civilians",
        label="Civilians injured in terrorist attacks in Pakistan in January 2019",
        value=36, unit="people", topic="wounded",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="interior-ministry-2019-01-injured-by-category", series_title="Injured in terrorist attacks, January 2019, by category (interior ministry)",
        cites=(Cite(source=S003, quote="the injured included 31 security personnel, 36 civilians, and two militants"),),
    ),
    Statistic(
        id="interior-ministry-2019-01-injured-militants",
        label="Militants injured in terrorist attacks in Pakistan in January 2019",
        value=2, unit="people", topic="wounded",
        producer=_MOI, period=JAN_2019, region="pakistan", report="interior-ministry-report-2019-01",
        series="interior-ministry-2019-01-injured-by-category", series_title="Injured in terrorist attacks, January 2019, by category (interior ministry)",
        cites=(Cite(source=S003, quote="the injured included 31 security personnel, 36 civilians, and two militants"),),
    ),
)

# --------------------------------------------------------------------------- #
# Sentences deliberately not cited
# --------------------------------------------------------------------------- #

SET_ASIDE = (
    SetAside(source=S003, text="Conflict Top Stories World", reason="Site section labels (page furniture), not content."),
    SetAside(source=S003, text="For representative purposes only",
             reason="Photo caption disclaimer (appears twice); the images are not in the archive and the caption carries no content."),
)
