"""Records catalogued from source 001."""
from ..model import Account, Cite, Count, Event, Note, SetAside, Statement, Statistic, When
from .sources import S000, S001, S002, S003

# Source 001 states no year anywhere, and no other source in the archive dates
# its events: every date here has an unknown year (XXXX).

_CONFERENCE_ID = "bajwa-news-conference-rawalpindi-09-01"

_SEPT_1 = When(date="XXXX-09-01")
"""The news conference: 'on September 1' is stated (caption and text); the year is not."""

_SEPT_1_INFERRED = When(
    date="XXXX-09-01", basis="inferred",
    reason=("The sentence carries no date of its own; the text reports it among the comments Bajwa made at "
            "the news conference it dates to 'September 1' (year not stated)."),
)

_KERRY_DAY = When(
    date="XXXX-08-31", basis="inferred",
    reason=("The text says Bajwa made his comments 'a day after' Kerry spoke; resolved against 1 September, "
            "the stated date of Bajwa's news conference. The year is not stated."),
)

EVENTS = (
    Event(
        id=_CONFERENCE_ID,
        title="Pakistani military spokesman Asim Bajwa's news conference in Rawalpindi on Islamic State arrests",
        kind="briefing",
        date=_SEPT_1,
        summary=(
            "At a news conference in Rawalpindi on 1 September (year not stated), the Pakistani military's top "
            "spokesman, Lieutenant General Asim Bajwa, said authorities had arrested 309 people associated with the "
            "Islamic State group. He also "
            "rejected U.S. criticism that Pakistan was not doing enough against extremist groups. The source calls "
            "the comments a rare acknowledgment by a senior Pakistani official that Islamic State militants have had "
            "an active presence in Pakistan."
        ),
        places=("rawalpindi",),
        groups=("islamic-state",),
        people=("asim-bajwa",),
        where=(
            Cite(source=S001, quote="Lieutenant General Asim Bajwa, the Pakistani military's top spokesman, speaks during a news conference in Rawalpindi on September 1."),
        ),
        cites=(
            Cite(source=S001, quote="Lieutenant General Asim Bajwa, the Pakistani military's top spokesman, speaks during a news conference in Rawalpindi on September 1."),
            Cite(source=S001, quote="The military's top spokesman, Lieutenant General Asim Bajwa, said on September 1 that authorities have arrested 309 people associated with the extremist group."),
            Cite(source=S001, quote="The comments were a rare acknowledgment by a senior Pakistani official that IS militants have had an active presence in the country."),
        ),
        accounts=(
            Account(aspect="Was this a rare acknowledgment?", says="Source 001 calls the comments 'a rare acknowledgment by a senior Pakistani official' that IS militants have had an active presence",
                    cite=Cite(source=S001, quote="The comments were a rare acknowledgment by a senior Pakistani official that IS militants have had an active presence in the country.")),
            Account(aspect="Was this a rare acknowledgment?", says="Source 002 (no year): analysts say Pakistan was 'repeatedly claiming' that IS had been unable to establish a foothold",
                    cite=Cite(source=S002, quote="after repeatedly claiming that Islamic State has been unable to establish a foothold in the country")),
            Account(aspect="Was this a rare acknowledgment?", says="Source 002 (no year): an analyst says Pakistan 'no longer denies' IS's presence 'as it used to'",
                    cite=Cite(source=S002, quote="Pakistan no longer denies IS’s presence as it used to")),
            Account(aspect="Was this a rare acknowledgment?", says="Source 000 (20 November 2014, inferred): the foreign ministry confirmed that people suspected of links to IS were in custody",
                    cite=Cite(source=S000, quote="confirmed that certain individuals suspected of links to the Islamic State are in custody")),
            Account(aspect="Was this a rare acknowledgment?", says="Source 003: on 10 February 2016 the Intelligence Bureau's director general told a Senate committee that IS was emerging as a threat",
                    cite=Cite(source=S003, quote="Later on February 10, 2016, director general of the Pakistan Intelligence Bureau informed country’s Senate Standing Committee on Interior that the Islamic State was emerging as a threat.")),
        ),
        notes=(
            Note(id="s001-conference-place-from-caption", text=(
                "Only the photo caption names Rawalpindi and a news conference; the body of the text says only that "
                "Bajwa spoke on 1 September. This reference places all of Bajwa's reported comments at that news "
                "conference, including those the text does not date ('Bajwa also rejected...')."),
                cites=(Cite(source=S001, quote="speaks during a news conference in Rawalpindi on September 1"),
                       Cite(source=S001, quote="Bajwa also rejected U.S. criticism"))),
            Note(id="s001-garbled-attribution", text=(
                "The sentence reporting the 'indiscriminate operation' remark is garbled in the source ('the "
                "country's top military spokesman, he said'); this reference attributes the remark to Bajwa, whom "
                "the text calls the top military spokesman throughout."),
                cites=(Cite(source=S001, quote="against all militants, the country's top military spokesman, he said."),)),
        ),
    ),
    Event(
        id="s001-is-associates-arrests-pakistan",
        title="Military spokesman says 309 people associated with the Islamic State group were arrested",
        kind="arrest",
        undated_reason=(
            "The text gives no date for the arrests: Bajwa announced on 1 September (year not stated) that "
            "'authorities have arrested 309 people'."
        ),
        summary=(
            "The Pakistani military's spokesman, Asim Bajwa, said authorities had arrested 309 people associated "
            "with the Islamic State group. He said most were established Pakistani militants who had switched "
            "loyalties to the group and some 25 were foreigners, including Afghans and Syrians, and that of a core "
            "group of 20 organizers all had been captured except one. The source's opening, attributed to "
            "Pakistan, speaks instead of 'hundreds of people' arrested who were 'involved in plotting attacks' on "
            "government, diplomatic and civilian targets. The source adds, without attributing it, that some of "
            "those held were involved in assaults on the media."
        ),
        regions=("pakistan",),
        groups=("islamic-state",),
        people=("asim-bajwa",),
        where=(
            Cite(source=S001, quote="Pakistan says it has halted the Islamic State (IS) group’s attempts to expand in the country, arresting hundreds of people involved in plotting attacks on government, diplomatic, and civilian targets."),
        ),
        cites=(
            Cite(source=S001, quote="Pakistan says it has halted the Islamic State (IS) group’s attempts to expand in the country, arresting hundreds of people involved in plotting attacks on government, diplomatic, and civilian targets."),
            Cite(source=S001, quote="authorities have arrested 309 people associated with the extremist group"),
            Cite(source=S001, quote="Some were involved in assaults on the media."),
        ),
        accounts=(
            Account(aspect="Number", says="'Hundreds of people' (Pakistan, in the source's opening)",
                    cite=Cite(source=S001, quote="arresting hundreds of people involved in plotting attacks")),
            Account(aspect="Number", says="309 people associated with the Islamic State group (Bajwa)",
                    cite=Cite(source=S001, quote="authorities have arrested 309 people associated with the extremist group")),
            Account(aspect="Who was arrested", says="Mostly established Pakistani militants who had switched loyalties to the IS group (Bajwa)",
                    cite=Cite(source=S001, quote="most of those detained were established Pakistani militants who had switched loyalties to the IS group")),
            Account(aspect="Foreigners", says="Some 25 foreigners, including Afghans and Syrians (Bajwa)",
                    cite=Cite(source=S001, quote="some 25 were foreigners including Afghans and Syrians")),
            Account(aspect="Organizers", says="All of a core group of 20 organizers captured except one, who Bajwa said was not in Pakistan",
                    cite=Cite(source=S001, quote="Of a core group of 20 organizers, Bajwa said, all were captured, except one \"who I am sure is not in Pakistan.\"")),
            Account(aspect="Alleged activity", says="Involved in plotting attacks on government, diplomatic and civilian targets (Pakistan, in the source's opening)",
                    cite=Cite(source=S001, quote="involved in plotting attacks on government, diplomatic, and civilian targets")),
            Account(aspect="Alleged activity", says="Some were involved in assaults on the media (the source, unattributed)",
                    cite=Cite(source=S001, quote="Some were involved in assaults on the media.")),
        ),
        notes=(
            Note(id="s001-media-assaults-unattributed", text=(
                "The sentence 'Some were involved in assaults on the media' stands between two sentences attributed "
                "to Bajwa but is not itself attributed to him or anyone; the source does not name or date the "
                "assaults."),
                cites=(Cite(source=S001, quote="Some were involved in assaults on the media."),)),
        ),
    ),
    Event(
        id="hafiz-saeed-khan-killed-air-strike-07",
        title="Hafiz Saeed Khan, leader of the Islamic State's Afghanistan-Pakistan branch, killed in an air strike",
        kind="killing",
        date=When(date="XXXX-07"),
        summary=(
            "The source reports that Hafiz Saeed Khan, the leader of the IS group's branch in Afghanistan and "
            "Pakistan, was killed in an air strike in July (year not stated) in a border region between Afghanistan "
            "and Pakistan."
        ),
        regions=("afghanistan-pakistan-border-region",),
        groups=("islamic-state-khorasan",),
        people=("hafiz-saeed-khan",),
        counts=(
            Count(measure="killed", low=1, qualifier="exact", who="as reported by source 001 (Hafiz Saeed Khan)",
                  cite=Cite(source=S001, quote="Hafiz Saeed Khan, was killed in an air strike in July")),
        ),
        where=(
            Cite(source=S001, quote="The leader of the IS group's branch in Afghanistan and Pakistan, Hafiz Saeed Khan, was killed in an air strike in July in a border region between the two countries."),
        ),
        cites=(
            Cite(source=S001, quote="The leader of the IS group's branch in Afghanistan and Pakistan, Hafiz Saeed Khan, was killed in an air strike in July in a border region between the two countries."),
        ),
        notes=(
            Note(id="s001-air-strike-unattributed", text=(
                "The source does not say who carried out the air strike, nor on which side of the border, nor in "
                "which year. The text says only 'a border region between the two countries', so this reference "
                "files it under that border region, which lies between Afghanistan and Pakistan and is counted "
                "in neither."),
                cites=(Cite(source=S001, quote="in a border region between the two countries"),)),
        ),
    ),
    Event(
        id="s001-army-operations-north-waziristan",
        title="Pakistan's army launches military operations in North Waziristan",
        kind="military operation",
        undated_reason="The text says only that Pakistan's army 'has launched military operations in North Waziristan', with no date.",
        summary=(
            "Source 001 says Pakistan's army has launched military operations in North Waziristan, where the "
            "Haqqani network is based."
        ),
        places=("north-waziristan",),
        groups=("haqqani-network",),
        where=(
            Cite(source=S001, quote="Pakistan's army has launched military operations in North Waziristan, where the Haqqani network is based."),
        ),
        cites=(
            Cite(source=S001, quote="Pakistan's army has launched military operations in North Waziristan, where the Haqqani network is based."),
        ),
        notes=(
            Note(id="s001-north-waziristan-targets", text=(
                "The source places the Haqqani network in North Waziristan but does not say whether the operations "
                "targeted it, or which groups they targeted."),
                cites=(Cite(source=S001, quote="where the Haqqani network is based"),)),
        ),
    ),
)

STATEMENTS = (
    Statement(
        id="s001-pakistan-halted-is-expansion",
        text=("Pakistan said it had halted the Islamic State group's attempts to expand in the country, arresting "
              "hundreds of people involved in plotting attacks on government, diplomatic and civilian targets."),
        form="paraphrase",
        speaker_label="Pakistan",
        date=_SEPT_1_INFERRED,
        event=_CONFERENCE_ID,
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S001, quote="Pakistan says it has halted the Islamic State (IS) group’s attempts to expand in the country"),),
    ),
    Statement(
        id="bajwa-309-arrested",
        text="Said authorities had arrested 309 people associated with the Islamic State group.",
        form="paraphrase",
        speaker="asim-bajwa",
        date=_SEPT_1,
        place="rawalpindi",
        event=_CONFERENCE_ID,
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S001, quote="said on September 1 that authorities have arrested 309 people associated with the extremist group"),),
    ),
    Statement(
        id="bajwa-detainees-switched-loyalties",
        text=("Said most of those detained were established Pakistani militants who had switched loyalties to the "
              "Islamic State group, but some 25 were foreigners, including Afghans and Syrians."),
        form="paraphrase",
        speaker="asim-bajwa",
        date=_SEPT_1_INFERRED,
        place="rawalpindi",
        event=_CONFERENCE_ID,
        groups=("islamic-state",),
        regions=("pakistan", "afghanistan", "syria"),
        cites=(Cite(source=S001, quote="Bajwa said most of those detained were established Pakistani militants who had switched loyalties to the IS group, but some 25 were foreigners including Afghans and Syrians."),),
    ),
    Statement(
        id="bajwa-core-organizers-captured",
        text="Said all of a core group of 20 organizers had been captured except one.",
        form="paraphrase",
        speaker="asim-bajwa",
        date=_SEPT_1_INFERRED,
        place="rawalpindi",
        event=_CONFERENCE_ID,
        groups=("islamic-state",),
        cites=(Cite(source=S001, quote="Of a core group of 20 organizers, Bajwa said, all were captured, except one"),),
    ),
    Statement(
        id="bajwa-organizer-not-in-pakistan",
        text="who I am sure is not in Pakistan.",
        form="quote",
        speaker="asim-bajwa",
        date=_SEPT_1_INFERRED,
        place="rawalpindi",
        event=_CONFERENCE_ID,
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S001, quote="except one \"who I am sure is not in Pakistan.\""),),
    ),
    Statement(
        id="bajwa-is-fighters-afghan-provinces",
        text=("Said Islamic State fighters were still present in the Afghan provinces of Nangarhar, Khost and Kunar, "
              "which lie along the border with Pakistan."),
        form="paraphrase",
        speaker="asim-bajwa",
        date=_SEPT_1_INFERRED,
        place="rawalpindi",
        event=_CONFERENCE_ID,
        groups=("islamic-state",),
        regions=("nangarhar", "khost", "kunar"),
        cites=(Cite(source=S001, quote="He added that IS fighters were still present in the Afghan provinces of Nangarhar, Khost, and Kunar, which lie along the border with Pakistan."),),
    ),
    Statement(
        id="bajwa-rejects-us-criticism",
        text="Rejected U.S. criticism that Pakistan was not doing enough in the fight against extremist groups.",
        form="paraphrase",
        speaker="asim-bajwa",
        date=_SEPT_1_INFERRED,
        place="rawalpindi",
        event=_CONFERENCE_ID,
        regions=("pakistan",),
        cites=(Cite(source=S001, quote="Bajwa also rejected U.S. criticism that it was not doing enough in the fight against extremist groups."),),
    ),
    Statement(
        id="bajwa-indiscriminate-operation",
        text="indiscriminate operation",
        form="quote",
        speaker="asim-bajwa",
        date=_SEPT_1_INFERRED,
        place="rawalpindi",
        event=_CONFERENCE_ID,
        regions=("pakistan",),
        cites=(Cite(source=S001, quote="Pakistan is pursuing an \"indiscriminate operation\" against all militants, the country's top military spokesman, he said."),),
    ),
    Statement(
        id="bajwa-no-good-or-bad-taliban",
        text="There is no concept of good or bad Taliban,",
        form="quote",
        speaker="asim-bajwa",
        date=_SEPT_1_INFERRED,
        place="rawalpindi",
        event=_CONFERENCE_ID,
        cites=(Cite(source=S001, quote="\"There is no concept of good or bad Taliban,\" he added."),),
    ),
    Statement(
        id="kerry-pakistan-work-to-do",
        text=("has work to do in order to push harder against its indigenous groups that are engaged in extremist "
              "activities,"),
        form="quote",
        speaker="john-kerry",
        date=_KERRY_DAY,
        groups=("haqqani-network", "lashkar-e-taiba"),
        regions=("pakistan",),
        cites=(Cite(source=S001, quote="Pakistan \"has work to do in order to push harder against its indigenous groups that are engaged in extremist activities,\" including the Taliban-linked Haqqani network and Lashkar-e-Taiba."),),
    ),
    Statement(
        id="kerry-pakistan-some-progress",
        text=("Said that, despite some progress in recent months, Pakistan had more to do against its indigenous "
              "extremist groups. (The report names the Haqqani network and Lashkar-e-Taiba among them outside "
              "his quoted words.)"),
        form="paraphrase",
        speaker="john-kerry",
        date=_KERRY_DAY,
        regions=("pakistan",),
        cites=(Cite(source=S001, quote="Bajwa made the comments a day after U.S. Secretary of State John Kerry said that, despite some progress in recent months, Pakistan"),),
    ),
    Statement(
        id="s001-us-accuses-isi-haqqani",
        text=("The United States accuses Pakistan's intelligence agency of supporting Haqqani militants and using them "
              "as proxies in Afghanistan to gain leverage there against India's growing influence. The source reports "
              "that Pakistan denies this, so the claim is disputed."),
        form="paraphrase",
        speaker_label="The United States",
        undated_reason="The text says the United States 'accuses' (present tense), with no date.",
        groups=("haqqani-network",),
        regions=("afghanistan", "india", "pakistan"),
        cites=(Cite(source=S001, quote="The United States accuses Pakistan's intelligence agency of supporting Haqqani militants and using them as proxies in Afghanistan to gain leverage there against the growing influence of India."),),
    ),
    Statement(
        id="s001-pakistan-denies-isi-haqqani",
        text=("Pakistan denies the U.S. accusation that its intelligence agency supports Haqqani militants and uses "
              "them as proxies in Afghanistan."),
        form="paraphrase",
        speaker_label="Pakistan",
        undated_reason="The text says only 'Pakistan denies this' (present tense), with no date.",
        groups=("haqqani-network",),
        regions=("pakistan", "afghanistan"),
        cites=(Cite(source=S001, quote="Pakistan denies this."),),
    ),
)

_BY_SEPT_1 = When(date="XXXX-09-01", qualifier="by")

STATISTICS = (
    Statistic(
        id="s001-is-associates-arrested",
        label="People associated with the Islamic State group arrested by Pakistani authorities, according to the military spokesman",
        value=309,
        unit="people",
        topic="arrests",
        producer="Lieutenant General Asim Bajwa, the Pakistani military's top spokesman",
        period=_BY_SEPT_1,
        region="pakistan",
        report=_CONFERENCE_ID,
        series="s001-is-arrests-pakistan", series_title="Arrests announced by the military spokesman (source 001)",
        groups=("islamic-state",),
        cites=(Cite(source=S001, quote="authorities have arrested 309 people associated with the extremist group"),),
        notes=(
            Note(id="s001-hundreds-vs-309", text=(
                "The source's opening speaks of 'hundreds of people' arrested; the figure Bajwa gave is 309."),
                cites=(Cite(source=S001, quote="arresting hundreds of people"),)),
        ),
    ),
    Statistic(
        id="s001-foreigners-arrested",
        label="Foreigners, including Afghans and Syrians, among those detained, according to the military spokesman",
        value=25,
        unit="people",
        topic="arrests",
        producer="Lieutenant General Asim Bajwa, the Pakistani military's top spokesman",
        qualifier="some",
        period=_BY_SEPT_1,
        region="pakistan",
        report=_CONFERENCE_ID,
        series="s001-is-arrests-pakistan", series_title="Arrests announced by the military spokesman (source 001)",
        groups=("islamic-state",),
        cites=(Cite(source=S001, quote="some 25 were foreigners including Afghans and Syrians"),),
    ),
    Statistic(
        id="s001-core-organizers",
        label="Members of the core group of organizers, according to the military spokesman",
        value=20,
        unit="organizers",
        topic="fighters",
        producer="Lieutenant General Asim Bajwa, the Pakistani military's top spokesman",
        period=_BY_SEPT_1,
        report=_CONFERENCE_ID,
        series="s001-core-organizers", series_title="Core group of organizers, according to the military spokesman (source 001)",
        groups=("islamic-state",),
        cites=(Cite(source=S001, quote="Of a core group of 20 organizers"),),
        notes=(
            # Replaces a figure of 19 "captured" that the source never states (issue 14, finding 7);
            # the note keeps that figure's anchor, so links to it land on this explanation.
            Note(id="s001-core-organizers-captured", text=(
                "Bajwa said all of the 20 were captured 'except one', who he was sure was not in Pakistan. The "
                "source gives no number captured, and this reference computes none."),
                cites=(Cite(source=S001, quote="all were captured, except one \"who I am sure is not in Pakistan.\""),)),
        ),
    ),
)

SET_ASIDE = (
    SetAside(source=S001, text="Accessibility links", reason="Page furniture: site navigation link label."),
    SetAside(source=S001, text="Breaking News", reason="Page furniture: site section label."),
    SetAside(source=S001, text="Islamabad Rejects U.S. Complaints",
             reason="Subheading summarising the paragraphs that follow, which are cited in their own right (Bajwa's rejection of U.S. criticism)."),
    SetAside(source=S001, text="XS", reason="Page furniture: layout size control."),
    SetAside(source=S001, text="SM", reason="Page furniture: layout size control."),
    SetAside(source=S001, text="MD", reason="Page furniture: layout size control."),
    SetAside(source=S001, text="LG", reason="Page furniture: layout size control."),
)
