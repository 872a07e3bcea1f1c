"""Records catalogued from source 004."""
from ..model import Account, Cite, Count, Event, Note, Responsibility, SetAside, Statement, Statistic, When
from .sources import S004

# Source 004 states no date; sources.py dates it to December 2022 or December 2023, which the
# text fits equally. Relative dates below resolve against both, so they stay uncertain too.
_BRIEFING = When(
    date="[2022-12,2023-12]", basis="inferred",
    reason=("The text does not date the Senate question hour or the interior ministry's written response. "
            "It reports the Dec 12 attack in Daraban as the deadliest 'in the outgoing year', so it was "
            "written late in a December; the latest year it names is 2022, which fits December 2022 as well "
            "as December 2023. This is the source's inferred date, not a stated one."),
)
_DARABAN_DATE = When(
    date="[2022-12-12,2023-12-12]", basis="inferred",
    reason=("The text says 'Dec 12' and calls the attack the deadliest on security forces 'in the outgoing "
            "year'; the year is that of the source, which fits December 2022 as well as December 2023."),
)
_MINISTRY = "Pakistan's Ministry of Interior (written response to the Senate)"
_BRIEFING_ID = "interior-ministry-senate-response"
_SOURCE_ITSELF = "source 004 (NDTV, from a syndicated feed)"

EVENTS = (
    Event(
        id=_BRIEFING_ID,
        title="Pakistan's interior ministry answers the Senate in writing on the TTP and the Islamic State",
        kind="hearing",
        date=_BRIEFING,
        summary=(
            "During question hour, Pakistan's Ministry of Interior gave the Senate a written response. "
            "According to the source, the Senate was briefed about the escalating influence and activities "
            "of the Tehreek-i-Taliban Pakistan (TTP) following the withdrawal of US troops from Afghanistan "
            "and the inaction of the Taliban-led interim Afghan government against the group. The ministry "
            "described the TTP's reorganisation and expansion, said the Islamic State (Daesh) was trying to "
            "establish a foothold in Pakistan, and reported on border fencing, refugee registration and the "
            "monitoring of online extremism."
        ),
        # Pakistan's Senate; the provinces are what the response speaks of, not where it was given (issue 23, rule 3).
        regions=("pakistan",),
        groups=("tehrik-i-taliban-pakistan", "islamic-state", "afghan-taliban"),
        where=(
            Cite(source=S004, quote="Pak Minister Warns Senate Of Major Threat Of An ISIS Foothold In Pakistan"),
        ),
        cites=(
            Cite(source=S004, quote="is also facing a major threat from ISIS which is trying to establish a foothold in the country, the Ministry of Interior has said."),
            Cite(source=S004, quote="The ministry’s statement came as the Senate was briefed about the escalating influence and activities of the TTP following the withdrawal of US troops from Afghanistan and the inaction of the interim Afghan government led by the Taliban against the banned group."),
            Cite(source=S004, quote="The interior ministry, in a written response during question hour"),
        ),
        accounts=(
            Account(aspect="Who informed the Senate", says="A (Pakistani) minister warned the Senate (headline)",
                    cite=Cite(source=S004, quote="Pak Minister Warns Senate Of Major Threat Of An ISIS Foothold In Pakistan")),
            Account(aspect="Who informed the Senate", says="The Interior Minister told the Senate (photo caption)",
                    cite=Cite(source=S004, quote="ISIS trying to establish foothold in Pakistan, Interior Minister told the Senate.")),
            Account(aspect="Who informed the Senate", says="The Ministry of Interior, in a written response during question hour (body of the report)",
                    cite=Cite(source=S004, quote="The interior ministry, in a written response during question hour")),
        ),
        notes=(
            Note(id="s004-minister-or-ministry", text=(
                "The headline says a minister warned the Senate and the photo caption says the Interior "
                "Minister told it, but the body of the report attributes every statement to the Ministry of "
                "Interior's written response during question hour and names no minister. The source says the "
                "headline was written by NDTV and the rest comes unedited from a syndicated feed. This "
                "reference attributes the statements to the ministry."),
                cites=(Cite(source=S004, quote="Pak Minister Warns Senate Of Major Threat Of An ISIS Foothold In Pakistan"),
                       Cite(source=S004, quote="Interior Minister told the Senate. (Representational)"),
                       Cite(source=S004, quote="The interior ministry, in a written response during question hour"),
                       Cite(source=S004, quote="(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"))),
            Note(id="s004-briefing-who-briefed", text=(
                "The source says 'the Senate was briefed' about the TTP's escalating influence without saying "
                "who gave that briefing; it places the ministry's statement at the same time."),
                cites=(Cite(source=S004, quote="The ministry’s statement came as the Senate was briefed"),)),
            Note(id="s004-briefing-date-inferred", text=(
                "The source does not date the question hour; December 2022 or December 2023 is the source's "
                "inferred date, not a stated one."),
                cites=(Cite(source=S004, quote="In the deadliest attack on security forces in the outgoing year"),)),
        ),
    ),
    Event(
        id="ttp-reorganisation-peace-talks-2022",
        title="TTP reorganises and expands its operations during the 2022 peace talks, interior ministry says",
        kind="other",
        date=When(date="2022", qualifier="during"),
        summary=(
            "Pakistan's interior ministry told the Senate that the Tehreek-i-Taliban Pakistan reorganised and "
            "expanded its operations during the peace talks in 2022, which it said significantly increased the "
            "group's 'terror activities' (its words). The source does not say who took part in the talks."
        ),
        groups=("tehrik-i-taliban-pakistan",),
        # No place: the source does not say where the talks or the reorganisation took place (issue 23, rule 3).
        cites=(
            Cite(source=S004, quote="highlighted the TTP’s reorganisation and operational expansion during the peace talks in 2022, which has significantly increased its terror  activities."),
        ),
    ),
    Event(
        id="us-troops-withdrawal-afghanistan",
        title="Withdrawal of US troops from Afghanistan (context)",
        kind="other",
        date=None,
        undated_reason="The source says only 'following the withdrawal of US troops from Afghanistan' and gives no date.",
        summary=(
            "Source 004 mentions the withdrawal of US troops from Afghanistan as the background to the "
            "escalating influence and activities of the TTP about which the Senate was briefed, together "
            "with the inaction of the Taliban-led interim Afghan government against the group."
        ),
        regions=("afghanistan",),
        groups=("tehrik-i-taliban-pakistan", "afghan-taliban"),
        where=(
            Cite(source=S004, quote="following the withdrawal of US troops from Afghanistan and the inaction of the interim Afghan government led by the Taliban against the banned group"),
        ),
        cites=(
            Cite(source=S004, quote="following the withdrawal of US troops from Afghanistan and the inaction of the interim Afghan government led by the Taliban against the banned group"),
        ),
    ),
    Event(
        id="afghanistan-based-groups-attacks-2016",
        title="Deadly attacks in Pakistan by Afghanistan-based groups precede border fencing",
        kind="attack",
        date=When(
            date="2016", basis="inferred",
            reason="'In the previous year', relative to the start of border fencing in March 2017 as stated in source 004.",
        ),
        summary=(
            "Source 004 says Pakistan began fencing its border with Afghanistan after facing a spate of deadly "
            "attacks from Afghanistan-based terrorist groups in the previous year. It names neither the groups "
            "nor the attacks."
        ),
        regions=("pakistan",),
        responsibility=(
            Responsibility(group=None, kind="attributed", label="Afghanistan-based terrorist groups",
                           by=_SOURCE_ITSELF,
                           cites=(Cite(source=S004, quote="after facing a spate of deadly attacks from Afghanistan-based terrorist groups in the previous year"),)),
        ),
        where=(
            Cite(source=S004, quote="Pakistan started fencing its porous borders with Afghanistan in March 2017, after facing a spate of deadly attacks"),
        ),
        cites=(
            Cite(source=S004, quote="after facing a spate of deadly attacks from Afghanistan-based terrorist groups in the previous year"),
        ),
    ),
    Event(
        id="pakistan-afghanistan-border-fencing-2017",
        title="Pakistan begins fencing its border with Afghanistan",
        kind="border measure",
        date=When(date="2017-03"),
        summary=(
            "Pakistan started fencing its border with Afghanistan, the 2,640-km Durand Line, in March 2017. "
            "According to the source the barrier passes through rugged mountains, densely forested valleys and "
            "narrow rock passages. The interior ministry told the Senate the fencing along the western borders "
            "had largely been completed, but that 'the two organisations', particularly the TTP, continued to "
            "sabotage the fence. The source does not say which the other organisation is."
        ),
        # The border only: a border is counted in neither state (issue 23, rule 3); Afghanistan is named as
        # the other side of the border, not as a place of the fencing.
        regions=("durand-line",),
        groups=("tehrik-i-taliban-pakistan",),
        where=(
            Cite(source=S004, quote="Pakistan started fencing its porous borders with Afghanistan in March 2017"),
            Cite(source=S004, quote="The barrier, being built on the 2,640-km border, also known as the Durand Line, is near completion."),
        ),
        cites=(
            Cite(source=S004, quote="Pakistan started fencing its porous borders with Afghanistan in March 2017"),
            Cite(source=S004, quote="The barrier, being built on the 2,640-km border, also known as the Durand Line, is near completion."),
            Cite(source=S004, quote="It passes through rugged mountains, densely forested valleys and narrow rock passages."),
        ),
        accounts=(
            Account(aspect="Progress", says="Fencing along the western borders has largely been completed (interior ministry)",
                    cite=Cite(source=S004, quote="fencing along the western borders of Pakistan had largely been completed")),
            Account(aspect="Progress", says="The barrier is near completion (the report itself)",
                    cite=Cite(source=S004, quote="is near completion")),
            Account(aspect="Purpose", says="To strengthen the state's mechanism for curbing illegal movement across the border (interior ministry)",
                    cite=Cite(source=S004, quote="to further strengthen the state mechanism of curbing the illegal movement from across the border")),
            Account(aspect="Sabotage", says="The two organisations, particularly the TTP, continued to sabotage the fence (interior ministry)",
                    cite=Cite(source=S004, quote="the two organisations, particularly the TTP, continued to sabotage the fence")),
        ),
    ),
    Event(
        id="ceasefire-revoked-2022-11",
        title="Ceasefire with the Pakistani government revoked",
        kind="ceasefire",
        date=When(date="2022-11"),
        summary=(
            "According to source 004, 'terrorists' revoked a ceasefire with the Pakistani government in "
            "November 2022 and have ramped up their attacks since. The sentence does not name the group."
        ),
        # No place: the Pakistani government is a party to the ceasefire, not where it was revoked; the
        # source gives no place (issue 23, rule 3; independent read i23r).
        responsibility=(
            Responsibility(group=None, kind="attributed", label="'terrorists' (the source's word)", by=_SOURCE_ITSELF,
                           cites=(Cite(source=S004, quote="Terrorists have ramped up their attacks since they revoked a ceasefire with the Pakistani government in November 2022."),)),
        ),
        cites=(
            Cite(source=S004, quote="Terrorists have ramped up their attacks since they revoked a ceasefire with the Pakistani government in November 2022."),
        ),
        notes=(
            Note(id="s004-ceasefire-group-unnamed", text=(
                "The source says only that 'terrorists' revoked the ceasefire. Although the surrounding text "
                "is about the TTP and mentions peace talks in 2022, it does not say the ceasefire was the "
                "TTP's, and this reference does not assign it to any group."),
                cites=(Cite(source=S004, quote="since they revoked a ceasefire with the Pakistani government in November 2022"),
                       Cite(source=S004, quote="during the peace talks in 2022"))),
        ),
    ),
    Event(
        id="daraban-attack",
        title="Attack on a military compound in Daraban, Dera Ismail Khan",
        kind="attack",
        date=_DARABAN_DATE,
        summary=(
            "Attackers stormed a compound used by the military in the Daraban area of Dera Ismail Khan. "
            "According to the source, at least 23 Pakistan Army soldiers were killed and more than 30 troops "
            "wounded, and it calls this the deadliest attack on security forces in the outgoing year. The "
            "source says the attackers belonged to the Tehreek-i-Jihad Pakistan."
        ),
        places=("daraban",),
        groups=("tehreek-i-jihad-pakistan",),
        counts=(
            Count(measure="killed", low=23, qualifier="at least", who="as reported by source 004 (Pakistan Army soldiers)",
                  cite=Cite(source=S004, quote="at least 23 Pakistan Army soldiers were martyred")),
            Count(measure="wounded", low=30, qualifier="more than", who="as reported by source 004 (troops)",
                  cite=Cite(source=S004, quote="more than 30 troops wounded on Dec 12")),
        ),
        responsibility=(
            Responsibility(group="tehreek-i-jihad-pakistan", kind="attributed", by=_SOURCE_ITSELF,
                           cites=(Cite(source=S004, quote="after terrorists belonging to the Tehreek-i-Jihad Pakistan stormed a compound used by the military"),)),
        ),
        where=(
            Cite(source=S004, quote="In the deadliest attack on security forces in the outgoing year, at least 23 Pakistan Army soldiers were martyred and more than 30 troops wounded on Dec 12 after terrorists belonging to the Tehreek-i-Jihad Pakistan stormed a compound used by the military in Dera Ismail Khan’s Daraban area."),
        ),
        cites=(
            Cite(source=S004, quote="In the deadliest attack on security forces in the outgoing year, at least 23 Pakistan Army soldiers were martyred and more than 30 troops wounded on Dec 12 after terrorists belonging to the Tehreek-i-Jihad Pakistan stormed a compound used by the military in Dera Ismail Khan’s Daraban area."),
        ),
        notes=(
            Note(id="s004-daraban-attribution", text=(
                "The source states that the attackers belonged to the Tehreek-i-Jihad Pakistan but does not say "
                "whether the group claimed the attack or who identified the attackers; it is recorded as an "
                "attribution by the source. The source's word for the soldiers' deaths is 'martyred'."),
                cites=(Cite(source=S004, quote="terrorists belonging to the Tehreek-i-Jihad Pakistan"),)),
        ),
    ),
)

STATEMENTS = (
    Statement(
        id="interior-ministry-ttp-influx-kp",
        text=("Pakistan is witnessing an influx of Tehreek-i-Taliban militants in significant numbers in Khyber "
              "Pakhtunkhwa's tribal districts."),
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        groups=("tehrik-i-taliban-pakistan",),
        regions=("khyber-pakhtunkhwa",),
        cites=(Cite(source=S004, quote="Pakistan, which is witnessing an influx of Tehreek-i-Taliban terrorists in significant numbers in the restive Khyber Pakhtunkhwa’s tribal districts"),),
    ),
    Statement(
        id="interior-ministry-is-major-threat",
        text="Pakistan also faces a major threat from the Islamic State (ISIS), which is trying to establish a foothold in the country.",
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S004, quote="is also facing a major threat from ISIS which is trying to establish a foothold in the country, the Ministry of Interior has said."),),
    ),
    Statement(
        id="interior-ministry-ttp-reorganisation",
        text=("The TTP reorganised and expanded its operations during the peace talks in 2022, which significantly "
              "increased its 'terror activities'."),
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        groups=("tehrik-i-taliban-pakistan",),
        regions=("pakistan",),
        cites=(Cite(source=S004, quote="highlighted the TTP’s reorganisation and operational expansion during the peace talks in 2022, which has significantly increased its terror  activities."),),
    ),
    Statement(
        id="interior-ministry-ttp-seeking-support",
        text="It has given significant rise to its activities and is seeking the support of other terror groups to increase strength and capabilities.",
        form="quote",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        groups=("tehrik-i-taliban-pakistan",),
        cites=(Cite(source=S004, quote="“It has given significant rise to its activities and is seeking the support of other terror groups to increase strength and capabilities."),),
    ),
    Statement(
        id="interior-ministry-ttp-concentration",
        text=("It is mostly concentrated in Khyber Pakhtunkhwa, especially merged districts, with footprints in "
              "Balochistan and trying to activate its network in the country,"),
        form="quote",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        groups=("tehrik-i-taliban-pakistan",),
        regions=("khyber-pakhtunkhwa", "balochistan", "pakistan"),
        cites=(Cite(source=S004, quote="It is mostly concentrated in Khyber Pakhtunkhwa, especially merged districts, with footprints in Balochistan and trying to activate its network in the country,” it said."),),
    ),
    Statement(
        id="interior-ministry-ttp-suicide-bombers",
        text=("The continuing arrival of the TTP in significant numbers in the merged districts, along with the "
              "recruitment, training and placing of suicide bombers, is a cause of concern."),
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        groups=("tehrik-i-taliban-pakistan",),
        regions=("khyber-pakhtunkhwa",),
        cites=(Cite(source=S004, quote="It said that the arrival of TTP in significant numbers continues in merged districts, along with the recruitment, training and placing of suicide bombers, is a cause of concern."),),
    ),
    Statement(
        id="interior-ministry-daesh-foothold-sectarian",
        text=("Daesh (the Islamic State) was also trying to establish a foothold in Pakistan and had resorted to "
              "'terrorist activities' against Shias and religious minority communities to ignite sectarian strife."),
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S004, quote="The ministry said Daesh – an Arabic acronym for the self-proclaimed ISIS terror group – was also trying to establish a foothold in Pakistan and resorted to terrorist activities against Shias and religious minority communities to ignite sectarian strife."),),
    ),
    Statement(
        id="interior-ministry-border-fence-completed",
        text=("Fencing along Pakistan's western borders has largely been completed, to further strengthen the "
              "state's mechanism for curbing illegal movement across the border."),
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        # No region: the ministry says "the western borders of Pakistan" (plural), not the Durand Line; only the
        # article ties the barrier to that border (independent read i23r, finding 21).
        cites=(Cite(source=S004, quote="It said fencing along the western borders of Pakistan had largely been completed to further strengthen the state mechanism of curbing the illegal movement from across the border."),),
    ),
    Statement(
        id="interior-ministry-fence-sabotage",
        text=("The two organisations, particularly the TTP, continued to sabotage the border fence. (The source "
              "does not say which the second organisation is; the ministry's statement had spoken of the TTP "
              "and of Daesh.)"),
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        groups=("tehrik-i-taliban-pakistan",),
        regions=("durand-line",),
        cites=(Cite(source=S004, quote="However, it pointed out that the two organisations, particularly the TTP, continued to sabotage the fence."),),
    ),
    Statement(
        id="interior-ministry-refugee-data",
        text=("Data of 1.45 million registered refugees was updated and expanded through the issuance of smart "
              "identity cards."),
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        regions=("pakistan",),
        cites=(Cite(source=S004, quote="The ministry also said data of 1.45 million registered refugees was updated and expanded through the issuance of smart identity cards."),),
    ),
    Statement(
        id="interior-ministry-refugee-cards",
        text="The cards contain basic information, including biometric data, and are compatible with the local systems,",
        form="quote",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        regions=("pakistan",),
        cites=(Cite(source=S004, quote="“The cards contain basic information, including biometric data, and are compatible with the local systems,” it said."),),
    ),
    Statement(
        id="interior-ministry-pta-monitoring",
        text=("On dismantling communication networks to combat online extremism, the Pakistan Telecommunication "
              "Authority was actively monitoring cyberspace."),
        form="paraphrase",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        regions=("pakistan",),
        cites=(Cite(source=S004, quote="About dismantling the communication networks to combat online extremism, it said the Pakistan Telecommunication Authority was actively monitoring cyberspace."),),
    ),
    Statement(
        id="interior-ministry-complaints-2022",
        text=("A total number of 16,522 complaints were forwarded to social media platforms for blocking of "
              "radical/sectarian, anti-state and terrorist content during 2022,"),
        form="quote",
        speaker_label=_MINISTRY,
        date=_BRIEFING,
        event=_BRIEFING_ID,
        regions=("pakistan",),
        cites=(Cite(source=S004, quote="“A total number of 16,522 complaints were forwarded to social media platforms for blocking of radical/sectarian, anti-state and terrorist content during 2022,” it said."),),
    ),
)

STATISTICS = (
    Statistic(
        id="s004-durand-line-length",
        label="Length of Pakistan's border with Afghanistan (the Durand Line), along which the barrier is being built",
        value=2640,
        unit="km",
        topic="distance",
        producer=_SOURCE_ITSELF,
        region="durand-line",
        series="pakistan-afghanistan-border-length", series_title="Length of the Pakistan–Afghanistan border",
        cites=(Cite(source=S004, quote="The barrier, being built on the 2,640-km border, also known as the Durand Line"),),
    ),
    Statistic(
        id="s004-registered-refugees",
        label="Registered refugees whose data was updated and expanded through the issuance of smart identity cards",
        value=1450000,
        unit="registered refugees",
        topic="refugees",
        producer=_MINISTRY,
        region="pakistan",
        report=_BRIEFING_ID,
        series="registered-refugees-pakistan", series_title="Registered refugees whose data the interior ministry updated",
        cites=(Cite(source=S004, quote="data of 1.45 million registered refugees was updated and expanded"),),
        notes=(
            Note(id="s004-refugees-unspecified", text=(
                "The source gives the figure as '1.45 million' and does not say where the refugees come from "
                "or when their data was updated."),
                cites=(Cite(source=S004, quote="1.45 million registered refugees"),)),
        ),
    ),
    Statistic(
        id="s004-pta-complaints-2022",
        label="Complaints forwarded to social media platforms for blocking radical/sectarian, anti-state and terrorist content",
        value=16522,
        unit="complaints",
        topic="complaints",
        producer=("Pakistan's Ministry of Interior (written response to the Senate), in its passage on the "
                  "Pakistan Telecommunication Authority's monitoring of cyberspace"),
        period=When(date="2022"),
        region="pakistan",
        report=_BRIEFING_ID,
        series="online-extremism-complaints-pakistan", series_title="Complaints about online extremist content (interior ministry)",
        cites=(Cite(source=S004, quote="A total number of 16,522 complaints were forwarded to social media platforms for blocking of radical/sectarian, anti-state and terrorist content during 2022"),),
        notes=(
            Note(id="s004-complaints-who-forwarded", text=(
                "The quoted sentence does not say who forwarded the complaints; it follows the ministry's "
                "statement that the Pakistan Telecommunication Authority was actively monitoring cyberspace."),
                cites=(Cite(source=S004, quote="it said the Pakistan Telecommunication Authority was actively monitoring cyberspace"),)),
        ),
    ),
    Statistic(
        id="s004-daraban-soldiers-killed",
        label="Pakistan Army soldiers killed in the attack on a military compound in Daraban, Dera Ismail Khan",
        value=23,
        unit="soldiers",
        topic="deaths",
        producer=_SOURCE_ITSELF,
        qualifier="at least",
        period=_DARABAN_DATE,
        place="daraban",
        series="daraban-attack-casualties", series_title="Casualties of the attack in Daraban",
        groups=("tehreek-i-jihad-pakistan",),
        cites=(Cite(source=S004, quote="at least 23 Pakistan Army soldiers were martyred"),),
    ),
    Statistic(
        id="s004-daraban-troops-wounded",
        label="Troops wounded in the attack on a military compound in Daraban, Dera Ismail Khan",
        value=30,
        unit="troops",
        topic="wounded",
        producer=_SOURCE_ITSELF,
        qualifier="more than",
        period=_DARABAN_DATE,
        place="daraban",
        series="daraban-attack-casualties", series_title="Casualties of the attack in Daraban",
        groups=("tehreek-i-jihad-pakistan",),
        cites=(Cite(source=S004, quote="more than 30 troops wounded on Dec 12"),),
    ),
)

SET_ASIDE = (
    SetAside(source=S004, text="Pak Minister Warns Senate Of Major Threat Of An ISIS Foothold In Pakistan",
             reason="Headline, printed twice (the second is a repeat); its claim is recorded in a note on the Senate response."),
    SetAside(source=S004, text="Leave a Reply", reason="Page furniture: comment form label."),
    SetAside(source=S004, text="Your email address will not be published. Required fields are marked *",
             reason="Page furniture: comment form notice."),
)
