"""Records catalogued from source 002."""
from ..model import Account, Cite, Count, Event, Note, Responsibility, SetAside, Statement, Statistic, When
from .sources import S002

# Source 002 states no publication date (late 2016 or later, see sources.py), so its
# relative dates carry no year: "In May" becomes XXXX-05; "earlier this month",
# "last week", "last year" and "recently" cannot be resolved at all.
_IN_MAY = When(date="XXXX-05", basis="inferred", reason="'In May' in source 002, whose year is not stated")
_IN_APRIL = When(date="XXXX-04", basis="inferred", reason="'in April' in source 002, whose year is not stated")

EVENTS = (
    Event(
        id="balochistan-is-stronghold-operation",
        title="Officials say a military operation destroyed an Islamic State stronghold in Balochistan",
        kind="military operation",
        date=None,
        undated_reason="The source says 'Earlier this month' and states no publication date, so neither month nor year is known.",
        summary=(
            "Officials claimed that a military operation destroyed an Islamic State stronghold in Balochistan, "
            "killing 12 people they called 'hardcore terrorists'. Pakistan said Lashkar-e-Jhangvi had occupied "
            "the base, which was used as an IS foothold until the operation destroyed it. According to the "
            "source, the operation took place days after a Chinese couple was abducted and killed in Quetta."
        ),
        regions=("balochistan",),
        groups=("islamic-state", "lashkar-e-jhangvi"),
        where=(
            Cite(source=S002, quote="officials claimed that a military operation destroyed an IS stronghold in the southwestern province"),
        ),
        cites=(
            Cite(source=S002, quote="Earlier this month, officials claimed that a military operation destroyed an IS stronghold in the southwestern province, killing 12 “hardcore terrorists.”"),
            Cite(source=S002, quote="had occupied the base that was used as an IS foothold until it was destroyed in the military operation earlier this month"),
            Cite(source=S002, quote="The operation took place days after a Chinese couple was abducted and killed by IS operatives in Quetta"),
        ),
        counts=(
            Count(measure="killed", low=12, qualifier="exact", who="officials",
                  cite=Cite(source=S002, quote="officials claimed that a military operation destroyed an IS stronghold in the southwestern province, killing 12 “hardcore terrorists.”")),
        ),
        accounts=(
            Account(aspect="What was destroyed", says="An IS stronghold in the southwestern province (officials' claim)",
                    cite=Cite(source=S002, quote="officials claimed that a military operation destroyed an IS stronghold in the southwestern province")),
            Account(aspect="What was destroyed", says="A base occupied by Lashkar-e-Jhangvi and used as an IS foothold (Pakistan's statement)",
                    cite=Cite(source=S002, quote="Pakistan said Lashkar-e-Jhangvi (LeJ)")),
        ),
        notes=(
            Note(id="s002-stronghold-lej-base", text=(
                "Officials describe the target as an IS stronghold, while Pakistan said the base was occupied by "
                "Lashkar-e-Jhangvi and used as an IS foothold. Balochistan's home minister, in the same source, says "
                "IS's terror allies such as Lashkar-e-Jhangvi 'should not be mistaken for Islamic State'. The source "
                "does not say which group the 12 people killed belonged to."),
                cites=(Cite(source=S002, quote="had occupied the base that was used as an IS foothold"),
                       Cite(source=S002, quote="But these groups should not be mistaken for Islamic State."))),
        ),
    ),
    Event(
        id="quetta-chinese-couple-abduction",
        title="Chinese couple abducted and killed in Quetta",
        kind="abduction",
        date=None,
        undated_reason=("The source says only that the military operation 'earlier this month' took place 'days after' "
                        "the abduction; no month or year is stated."),
        summary=(
            "A Chinese couple was abducted and killed by Islamic State operatives in Quetta, the provincial capital "
            "of Balochistan, days before the military operation against an IS stronghold in the province. "
            "The source states the IS attribution itself, without naming an official or other source for it."
        ),
        places=("quetta",),
        groups=("islamic-state",),
        where=(
            Cite(source=S002, quote="The operation took place days after a Chinese couple was abducted and killed by IS operatives in Quetta, the provincial capital."),
        ),
        cites=(
            Cite(source=S002, quote="The operation took place days after a Chinese couple was abducted and killed by IS operatives in Quetta, the provincial capital."),
        ),
        counts=(
            Count(measure="killed", low=2, qualifier="exact", who="as reported by source 002 (VOA), which speaks of 'a Chinese couple'",
                  cite=Cite(source=S002, quote="a Chinese couple was abducted and killed")),
        ),
        responsibility=(
            Responsibility(group="islamic-state", kind="attributed", label="IS operatives",
                           by="source 002 (VOA), which does not name who attributed the killing to IS",
                           cites=(Cite(source=S002, quote="abducted and killed by IS operatives in Quetta"),)),
        ),
    ),
    Event(
        id="balochistan-caravan-suicide-bombing",
        title="Suicide bombing of a politician's caravan in Balochistan",
        kind="attack",
        date=_IN_MAY,
        summary=(
            "A suicide bomber killed at least 25 people in the caravan of a prominent politician in Balochistan. "
            "The Islamic State claimed responsibility. The source does not name the politician or the place."
        ),
        regions=("balochistan",),
        where=(
            Cite(source=S002, quote="In May, a suicide bomber killed at least 25 people in a caravan of a prominent politician in Balochistan."),
        ),
        cites=(
            Cite(source=S002, quote="In May, a suicide bomber killed at least 25 people in a caravan of a prominent politician in Balochistan."),
            Cite(source=S002, quote="IS claimed responsibility."),
        ),
        counts=(
            Count(measure="killed", low=25, qualifier="at least", who="as reported by source 002 (VOA)",
                  cite=Cite(source=S002, quote="a suicide bomber killed at least 25 people")),
        ),
        responsibility=(
            Responsibility(group="islamic-state", kind="claimed", by="the Islamic State",
                           cites=(Cite(source=S002, quote="IS claimed responsibility."),)),
        ),
    ),
    Event(
        id="peshawar-gun-battle-is-leaders",
        title="Alleged Islamic State leaders killed in a gun battle with security forces in Peshawar",
        kind="killing",
        date=None,
        undated_reason="The source says 'Last week' and states no publication date.",
        summary=(
            "At least two alleged leaders of the Islamic State in Pakistan, including its Khyber-Pakhtunkhwa chief, "
            "were killed in a gun battle with security forces in Peshawar. Police said they were planning to carry "
            "out an attack at Eid. The source does not name the men."
        ),
        places=("peshawar",),
        groups=("islamic-state",),
        where=(
            Cite(source=S002, quote="Last week, at least two alleged IS leaders in Pakistan, including its Khyber-Pakhtunkhwa chief, were killed in a gun battle with security forces in Peshawar."),
        ),
        cites=(
            Cite(source=S002, quote="Last week, at least two alleged IS leaders in Pakistan, including its Khyber-Pakhtunkhwa chief, were killed in a gun battle with security forces in Peshawar."),
            Cite(source=S002, quote="Police said they were planning to carry out an Eid attack."),
        ),
        counts=(
            Count(measure="killed", low=2, qualifier="at least", who="as reported by source 002 (VOA)",
                  cite=Cite(source=S002, quote="at least two alleged IS leaders in Pakistan, including its Khyber-Pakhtunkhwa chief, were killed")),
        ),
    ),
    Event(
        id="karachi-arrest-five-is-suspects",
        title="Five suspected Islamic State operatives arrested in Karachi",
        kind="arrest",
        date=_IN_MAY,
        summary=(
            "Pakistani authorities arrested five suspected Islamic State operatives from Karachi who, according to "
            "the source, were planning terrorist attacks in the city."
        ),
        places=("karachi",),
        groups=("islamic-state",),
        where=(
            Cite(source=S002, quote="In May, Pakistani authorities arrested five suspected IS operatives from Karachi who were planning terrorist attacks in the city."),
        ),
        cites=(
            Cite(source=S002, quote="In May, Pakistani authorities arrested five suspected IS operatives from Karachi who were planning terrorist attacks in the city."),
        ),
    ),
    Event(
        id="karachi-women-is-fundraising-group",
        title="Authorities find a Karachi women's group raising funds for the Islamic State",
        kind="other",
        date=None,
        undated_reason="The source says 'Last year' and states no publication date.",
        summary=(
            "Pakistani authorities found a group of women from Karachi that was raising funds for the Islamic State. "
            "The source does not say whether anyone was arrested."
        ),
        # No place: the women were "from Karachi"; the source does not say where they were found or raised
        # funds (issue 23, rule 3; independent read i23r).
        groups=("islamic-state",),
        cites=(
            Cite(source=S002, quote="Last year, Pakistani authorities found a group of women from Karachi that was raising funds for IS."),
        ),
    ),
    Event(
        id="pakistan-is-suspect-raids-arrests",
        title="Scores of suspected Islamic State militants arrested in raids across Pakistan",
        kind="arrest",
        date=None,
        undated_reason="The source says only 'in recent raids across Pakistan in the recent past'.",
        summary=(
            "Scores of suspected Islamic State militants and operatives were arrested in raids across Pakistan. "
            "According to the source, many of them had gone to Syria for training before returning to Pakistan. "
            "The source gives no exact number and does not name who made the arrests."
        ),
        regions=("pakistan",),
        groups=("islamic-state",),
        where=(
            Cite(source=S002, quote="Scores of suspected IS militants and operatives have been arrested in recent raids across Pakistan in the recent past."),
        ),
        cites=(
            Cite(source=S002, quote="Scores of suspected IS militants and operatives have been arrested in recent raids across Pakistan in the recent past."),
            Cite(source=S002, quote="Many of them went to Syria for training before returning to Pakistan."),
        ),
    ),
    Event(
        id="noreen-laghari-arrest",
        title="Noreen Laghari arrested",
        kind="arrest",
        date=_IN_APRIL,
        summary=(
            "Noreen Laghari, a young woman from Lahore, was arrested. According to the source, she was planning to "
            "target an Easter gathering and had gone to Syria to be trained by the Islamic State."
        ),
        # No place: she is "from Lahore"; the source does not say where she was arrested (see the note;
        # issue 23, rule 3; independent read i23r).
        people=("noreen-laghari",),
        groups=("islamic-state",),
        cites=(
            Cite(source=S002, quote="Noreen Laghari, a young woman from Lahore arrested in April, was planning to target an Easter gathering — and had gone to Syria to get trained by the IS."),
        ),
        notes=(
            Note(id="s002-laghari-arrest-place", text=(
                "The source calls Noreen Laghari 'a young woman from Lahore'; it does not say where she was arrested "
                "or where the Easter gathering was, nor who alleges the plan."),
                cites=(Cite(source=S002, quote="a young woman from Lahore arrested in April"),)),
        ),
    ),
    Event(
        id="balochistan-security-measures-beefed-up",
        title="Pakistani government beefs up security measures in Balochistan",
        kind="other",
        date=None,
        undated_reason="The source gives no date: 'It has beefed up security measures in Balochistan'.",
        summary=(
            "According to the source, the Pakistani government has beefed up security measures in Balochistan to "
            "combat groups like the Islamic State."
        ),
        regions=("balochistan",),
        groups=("islamic-state",),
        where=(
            Cite(source=S002, quote="It has beefed up security measures in Balochistan to combat groups like IS."),
        ),
        cites=(
            Cite(source=S002, quote="It has beefed up security measures in Balochistan to combat groups like IS."),
        ),
    ),
)

# Issue 23, finding 13: source 002 names no venue for Sultan's 2016 warning.
_SULTAN_AT_HEARING = (
    "source 002 dates Aftab Sultan's warning only to 2016 and names no venue; this reference identifies it with the "
    "Senate committee hearing of 10 February 2016 that source 003 reports"
)

STATEMENTS = (
    Statement(
        id="s002-analysts-pakistan-fighting-back",
        text=("Faced with a series of terror attacks, Pakistan is fighting back against Islamic State-affiliated "
              "militants after repeatedly claiming that the Islamic State had been unable to establish a foothold in the country."),
        form="paraphrase",
        speaker_label="Analysts (as reported by VOA)",
        undated_reason="No date given ('analysts say').",
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="Faced with a series of terror attacks, Pakistan is fighting back against Islamic State-affiliated militants after repeatedly claiming that Islamic State has been unable to establish a foothold in the country, analysts say."),),
    ),
    Statement(
        id="s002-pakistan-no-is-foothold-claims",
        text="Pakistan repeatedly claimed that the Islamic State had been unable to establish a foothold in the country.",
        form="paraphrase",
        speaker_label="Pakistan (as reported by analysts cited by VOA)",
        undated_reason="The source says only 'repeatedly claiming', before the time of writing.",
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="after repeatedly claiming that Islamic State has been unable to establish a foothold in the country"),),
    ),
    Statement(
        id="kugelman-no-longer-denies",
        text="Pakistan no longer denies IS’s presence as it used to,",
        form="quote",
        speaker="michael-kugelman",
        undated_reason="The source says only that he 'told VOA'.",
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="“Pakistan no longer denies IS’s presence as it used to,” Michael Kugelman"),),
    ),
    Statement(
        id="kugelman-analysts-is-spreading",
        text=("The Islamic State group in Pakistan, while still relatively small, is spreading swiftly in many areas "
              "where the government struggles to maintain law and order, including Balochistan province."),
        form="paraphrase",
        speaker="michael-kugelman",
        speaker_label="Michael Kugelman and other analysts",
        undated_reason="No date given ('He and other analysts warn').",
        groups=("islamic-state",),
        regions=("pakistan", "balochistan"),
        cites=(Cite(source=S002, quote="He and other analysts warn that the IS group in Pakistan, while still relatively small, is spreading swiftly in many areas where the government struggles to maintain law and order, including the restive Balochistan province."),),
    ),
    Statement(
        id="s002-balochistan-poverty-breeding-ground",
        text=("Balochistan, Pakistan's largest province by size, is wracked by poverty, which creates fertile "
              "breeding grounds among the disenfranchised."),
        form="paraphrase",
        speaker_label="VOA News (the source's own assessment)",
        undated_reason="The source's own description; no date given.",
        regions=("balochistan",),
        cites=(Cite(source=S002, quote="it also is wracked by poverty, creating fertile breeding grounds among the disenfranchised"),),
    ),
    Statement(
        id="qayyum-international-phenomenon",
        text="Islamic State is an international phenomenon and the name of an ideology, and anyone can get impressed by that ideology,",
        form="quote",
        speaker="abdul-qayyum",
        undated_reason="The source says only that he 'told VOA'.",
        groups=("islamic-state",),
        cites=(Cite(source=S002, quote="“Islamic State is an international phenomenon and the name of an ideology, and anyone can get impressed by that ideology,” Abdul Qayyum"),),
    ),
    Statement(
        id="qayyum-fc-army-commendable-job",
        text="But the Frontier Corps Balochistan and Pakistan Army are doing a commendable job to overcome such security obstacles in the province,",
        form="quote",
        speaker="abdul-qayyum",
        undated_reason="The source says only that he 'told VOA'.",
        regions=("balochistan",),
        cites=(Cite(source=S002, quote="“But the Frontier Corps Balochistan and Pakistan Army are doing a commendable job to overcome such security obstacles in the province,” he said."),),
    ),
    Statement(
        id="s002-analysts-tough-task",
        text="With so many groups active in the region, overcoming the security obstacles in Balochistan is a tough task.",
        form="paraphrase",
        speaker_label="Analysts (as reported by VOA)",
        undated_reason="No date given ('analysts say').",
        regions=("balochistan",),
        cites=(Cite(source=S002, quote="But with so many groups active in the region, it’s a tough task, analysts say."),),
    ),
    Statement(
        id="bugti-territorial-presence-terror-allies",
        text="Islamic State is trying to establish a territorial presence through its terror allies such as Lashkar-e-Jhangvi,",
        form="quote",
        speaker="sarfaraz-bugti",
        undated_reason="The source says he 'told VOA recently'.",
        groups=("islamic-state", "lashkar-e-jhangvi"),
        regions=("balochistan",),
        cites=(Cite(source=S002, quote="“Islamic State is trying to establish a territorial presence through its terror allies such as Lashkar-e-Jhangvi,” Sarfaraz Bugti, home minister for Balochistan, told VOA recently."),),
    ),
    Statement(
        id="bugti-not-mistaken-for-is",
        text="But these groups should not be mistaken for Islamic State.",
        form="quote",
        speaker="sarfaraz-bugti",
        undated_reason="The source says he 'told VOA recently'.",
        groups=("islamic-state", "lashkar-e-jhangvi"),
        regions=("balochistan",),
        cites=(Cite(source=S002, quote="“But these groups should not be mistaken for Islamic State.”"),),
    ),
    Statement(
        id="s002-pakistan-lej-occupied-base",
        text=("Lashkar-e-Jhangvi had occupied the base that was used as an Islamic State foothold until it was "
              "destroyed in the military operation."),
        form="paraphrase",
        speaker_label="Pakistan",
        undated_reason="No date given for the statement; the operation is dated 'earlier this month'.",
        event="balochistan-is-stronghold-operation",
        groups=("lashkar-e-jhangvi", "islamic-state"),
        regions=("balochistan",),
        cites=(Cite(source=S002, quote="Pakistan said Lashkar-e-Jhangvi (LeJ), a predominantly Punjab-based militant sectarian group that has been tied to the Taliban in Afghanistan and al-Qaida, and recently linked to IS, had occupied the base"),),
    ),
    Statement(
        id="s002-authorities-lej-pledge-belief",
        text=("Pakistani authorities believe Lashkar-e-Jhangvi pledged allegiance to the Islamic State to help it "
              "establish a base in Pakistan, and that it also wanted to carry out terror attacks on its behalf."),
        form="paraphrase",
        speaker_label="Pakistani authorities",
        undated_reason="No date given ('Pakistani authorities believe').",
        groups=("lashkar-e-jhangvi", "islamic-state"),
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="Pakistani authorities believe LeJ pledged allegiance to IS to help the group establish a base in Pakistan, and that it also wanted to carry out terror attacks on its behalf."),),
    ),
    Statement(
        id="kugelman-enabling-environment",
        text=("Pakistan has an environment that encourages and enhances the prospects of terror groups, because the "
              "presence of other terror groups and their facilities presents an enabling environment for extremism overall,"),
        form="quote",
        speaker="michael-kugelman",
        undated_reason="No date given ('said Kugelman').",
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="“Pakistan has an environment that encourages and enhances the prospects of terror groups, because the presence of other terror groups and their facilities presents an enabling environment for extremism overall,” said Kugelman."),),
    ),
    Statement(
        id="s002-is-influence-beyond-balochistan",
        text="The Islamic State's influence is not limited to Balochistan.",
        form="paraphrase",
        speaker_label="VOA News (the source's own assessment)",
        undated_reason="The source's own assessment; no date given.",
        groups=("islamic-state",),
        regions=("balochistan", "pakistan"),
        cites=(Cite(source=S002, quote="Islamic State’s influence is not limited to Balochistan."),),
    ),
    Statement(
        id="sultan-s002-is-emerging-threat",
        text="The Islamic State was an emerging threat in the country.",
        form="paraphrase",
        speaker="aftab-sultan",
        date=When(date="2016"),
        event="ib-chief-warning-2016",
        event_basis="inferred",
        event_reason=_SULTAN_AT_HEARING,
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="In 2016, Aftab Sultan, Pakistan’s Intelligence Bureau Chief, warned that IS was an emerging threat in the country"),),
    ),
    Statement(
        id="sultan-s002-hundreds-left-for-syria",
        text=("Hundreds of Pakistanis linked to local banned religious groups had left for Syria to join the "
              "Islamic State's ranks there."),
        form="paraphrase",
        speaker="aftab-sultan",
        date=When(date="2016"),
        event="ib-chief-warning-2016",
        event_basis="inferred",
        event_reason=_SULTAN_AT_HEARING,
        groups=("islamic-state",),
        regions=("pakistan", "syria"),
        cites=(Cite(source=S002, quote="hundreds of Pakistanis linked to local banned religious groups had left for Syria to join IS ranks there."),),
    ),
    Statement(
        id="s002-police-eid-attack-plan",
        text="The alleged Islamic State leaders killed in Peshawar were planning to carry out an attack at Eid.",
        form="paraphrase",
        speaker_label="Police",
        undated_reason="The gun battle is dated 'Last week'; the source states no publication date.",
        place="peshawar",
        event="peshawar-gun-battle-is-leaders",
        groups=("islamic-state",),
        cites=(Cite(source=S002, quote="Police said they were planning to carry out an Eid attack."),),
    ),
    Statement(
        id="s002-government-aware-is-luring-youth",
        text=("The government is aware of the gravity of the matter and of how the Islamic State is luring youth "
              "while working to establish a foothold in Pakistan."),
        form="paraphrase",
        speaker_label="The Pakistani government",
        undated_reason="No date given ('The government says').",
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="The government says it is aware of the gravity of the matter and how IS is luring youth, working to establish a foothold in Pakistan."),),
    ),
    Statement(
        id="s002-us-officials-criticism",
        text=("U.S. officials have frequently criticised Pakistan over its inability to curb homegrown militancy and "
              "extremism (the source prints 'in the county')."),
        form="paraphrase",
        speaker_label="U.S. officials",
        undated_reason="The source says only 'frequent criticism'.",
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="Pakistan has come under frequent criticism from U.S. officials over its inability to curb homegrown militancy and extremism in the county."),),
    ),
    Statement(
        id="s002-pakistan-determined-root-out-extremism",
        text=("In its defence, Pakistan says the government is determined to root out extremism from the country and "
              "has done a lot to address terrorism and extremism there."),
        form="paraphrase",
        speaker_label="Pakistan",
        undated_reason="No date given ('Pakistan says').",
        regions=("pakistan",),
        cites=(Cite(source=S002, quote="In its defense, Pakistan says the government is determined to root out extremism from the country, and it has done a lot to address the issue of terrorism and extremism in the country."),),
    ),
)

STATISTICS = (
    Statistic(
        id="s002-stronghold-operation-killed",
        label="People officials called 'hardcore terrorists' killed in the military operation against an IS stronghold in Balochistan",
        value=12,
        unit="people killed",
        topic="deaths",
        producer="officials (unnamed), as reported by source 002",
        region="balochistan",
        series="people-killed-in-security-operations", series_title="People killed in operations by security forces",
        # No group: the source does not say which group the 12 belonged to.
        cites=(Cite(source=S002, quote="officials claimed that a military operation destroyed an IS stronghold in the southwestern province, killing 12 “hardcore terrorists.”"),),
    ),
    Statistic(
        id="s002-caravan-bombing-killed",
        label="People killed by a suicide bomber in a prominent politician's caravan in Balochistan",
        value=25,
        unit="people killed",
        topic="deaths",
        producer="source 002 (VOA), naming no other source",
        qualifier="at least",
        period=_IN_MAY,
        region="balochistan",
        series="attack-deaths", series_title="Deaths in attacks",
        groups=("islamic-state",),
        cites=(Cite(source=S002, quote="In May, a suicide bomber killed at least 25 people in a caravan of a prominent politician in Balochistan."),),
    ),
    Statistic(
        id="s002-peshawar-is-leaders-killed",
        label="Alleged IS leaders killed in a gun battle with security forces in Peshawar",
        value=2,
        unit="alleged IS leaders killed",
        topic="deaths",
        producer="source 002 (VOA), naming no other source",
        qualifier="at least",
        place="peshawar",
        series="people-killed-in-security-operations", series_title="People killed in operations by security forces",
        groups=("islamic-state",),
        cites=(Cite(source=S002, quote="at least two alleged IS leaders in Pakistan, including its Khyber-Pakhtunkhwa chief, were killed in a gun battle with security forces in Peshawar"),),
    ),
    Statistic(
        id="s002-karachi-is-suspects-arrested",
        label="Suspected IS operatives arrested from Karachi",
        value=5,
        unit="people arrested",
        topic="arrests",
        producer="Pakistani authorities, as reported by source 002",
        period=_IN_MAY,
        place="karachi",
        series="is-arrests-pakistan", series_title="Arrests of suspected IS operatives in Pakistan",
        groups=("islamic-state",),
        cites=(Cite(source=S002, quote="In May, Pakistani authorities arrested five suspected IS operatives from Karachi"),),
    ),
)

SET_ASIDE = (
    SetAside(source=S002, text="EnglishPortfolioWeb Pieces",
             reason="Page furniture: the republishing site's section labels."),
    SetAside(source=S002, text="Balochistan province, Pakistan",
             reason="Image caption (printed twice) naming the province; it adds nothing to the text."),
    SetAside(source=S002, text="Emerging threat",
             reason="Article subheading; the following sentence, which is cited, says the same."),
    SetAside(source=S002, text="Leave a Reply", reason="Page furniture: comment form heading."),
    SetAside(source=S002, text="Your email address will not be published.", reason="Page furniture: comment form notice."),
)
