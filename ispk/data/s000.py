"""Records catalogued from source 000."""
from ..model import Account, Cite, Event, Note, SetAside, Statement, Statistic, When
from .sources import S000

# Relative dates in source 000 resolve against its inferred date, Thursday 20 November 2014.
_THURSDAY = When(
    date="2014-11-20", basis="inferred",
    reason=("The text says only 'Thursday' (the foreign ministry's weekly briefing). Its photo caption is dated "
            "Nov 20, 2014, which was a Thursday; this reference takes that day, the source's inferred date."),
)
_LAST_MONTH = When(
    date="2014-10", basis="inferred",
    reason="'Last month' in source 000, resolved against its inferred date of 20 November 2014.",
)
_AFTER_LAST_MONTH = When(
    date="2014-10/2014-11", basis="inferred",
    reason=("The text gives no date. What officials responded to dates from 'last month' (October 2014, against "
            "the source's inferred date of 20 November 2014), and the text reports the response by that date."),
)
_BRIEFING_ID = "foreign-ministry-briefing-2014-11-20"

EVENTS = (
    Event(
        id="islamabad-student-rally-2014-11-20",
        title="Students rally against the Islamic State in Islamabad",
        kind="rally",
        date=When(date="2014-11-20"),
        summary=(
            "According to a photo caption in source 000, Pakistani students in Islamabad shouted slogans "
            "against the Islamic State group on 20 November 2014, holding a banner reading "
            "'down with Islamic State rally'."
        ),
        places=("islamabad",),
        groups=("islamic-state",),
        where=(
            Cite(source=S000, quote="Pakistani students shout slogans against the Islamic State group holding a banner that reads \"down with Islamic State rally,\" in Islamabad, Nov 20, 2014."),
        ),
        cites=(
            Cite(source=S000, quote="Pakistani students shout slogans against the Islamic State group holding a banner that reads \"down with Islamic State rally,\" in Islamabad, Nov 20, 2014."),
        ),
    ),
    Event(
        id="is-link-arrests-pakistan-2014",
        title="Police arrest people suspected of links to the Islamic State in Pakistani cities",
        kind="arrest",
        date=When(
            date="2014-11-20", qualifier="by", basis="inferred",
            reason=("The text gives no date for the arrests. The foreign ministry confirmed them at its weekly "
                    "briefing on 'Thursday', taken as 20 November 2014 (the source's inferred date); the arrests "
                    "took place on or before that briefing."),
        ),
        summary=(
            "The foreign ministry confirmed that police had arrested several individuals from major cities for "
            "their alleged links to the Islamic State. The source reports that police 'reportedly' made arrests in "
            "different parts of the country including Islamabad, in connection with pro-Islamic State "
            "wall-chalking and other material, and seized booklets, computers and other material meant for IS "
            "propaganda. "
            "The spokeswoman did not reveal the number of people held."
        ),
        places=("islamabad",),
        regions=("pakistan",),
        groups=("islamic-state",),
        people=("tasnim-aslam",),
        where=(
            Cite(source=S000, quote="Pakistan on Thursday confirmed that police have arrested several individuals from major cities for their alleged links to Daish"),
            Cite(source=S000, quote="Police reportedly have arrested people in connection with these activities in different parts of the country, including the capital Islamabad, and seized booklets, computers and other material meant for IS propaganda."),
        ),
        cites=(
            Cite(source=S000, quote="Pakistan on Thursday confirmed that police have arrested several individuals from major cities for their alleged links to Daish"),
            Cite(source=S000, quote="Police reportedly have arrested people in connection with these activities in different parts of the country, including the capital Islamabad, and seized booklets, computers and other material meant for IS propaganda."),
            Cite(source=S000, quote="confirmed that certain individuals suspected of links to the Islamic State are in custody but she did not reveal their number."),
        ),
        accounts=(
            Account(aspect="Who was arrested", says="Several individuals from major cities, for alleged links to Daish (as confirmed by Pakistan)",
                    cite=Cite(source=S000, quote="police have arrested several individuals from major cities for their alleged links to Daish")),
            Account(aspect="Who was arrested", says="People arrested in connection with the propaganda activities in different parts of the country, including Islamabad (reportedly)",
                    cite=Cite(source=S000, quote="Police reportedly have arrested people in connection with these activities in different parts of the country, including the capital Islamabad")),
            Account(aspect="Who was arrested", says="Arrests in connection with wall-chalking; whether those held belong to Daish was under investigation (foreign ministry spokeswoman)",
                    cite=Cite(source=S000, quote="Police have made arrests in connection with wall-chalking")),
            Account(aspect="Number", says="Not revealed by the foreign ministry spokeswoman",
                    cite=Cite(source=S000, quote="she did not reveal their number")),
            Account(aspect="Foreigners", says="The spokeswoman did not think any foreigners were among those arrested",
                    cite=Cite(source=S000, quote="I don’t think those who were arrested, there were any foreigners [among them].")),
        ),
        notes=(
            Note(id="s000-arrests-links-unconfirmed", text=(
                "The source's opening calls those arrested people with 'alleged links to Daish', but the "
                "spokeswoman it quotes said investigations were still under way into whether they belonged to "
                "Daish or had acted out of mischief. The source names no city of arrest other than Islamabad; "
                "Karachi, Lahore and Peshawar are named only as cities where propaganda material appeared."),
                cites=(Cite(source=S000, quote="for their alleged links to Daish"),
                       Cite(source=S000, quote="whether it was just a mischief or these people actually belong to Daish"))),
        ),
    ),
    Event(
        id=_BRIEFING_ID,
        title="Foreign ministry weekly briefing in Islamabad on Islamic State arrests",
        kind="briefing",
        date=_THURSDAY,
        summary=(
            "At the foreign ministry's weekly briefing in Islamabad, spokeswoman Tasnim Aslam confirmed that "
            "individuals suspected of links to the Islamic State were in custody, said investigations into their "
            "motives were under way, and said Pakistan would not tolerate the group's presence."
        ),
        places=("islamabad",),
        groups=("islamic-state",),
        people=("tasnim-aslam",),
        where=(
            Cite(source=S000, quote="speaking at a weekly briefing in Islamabad Thursday, foreign ministry spokeswoman Tasnim Aslam"),
        ),
        cites=(
            Cite(source=S000, quote="speaking at a weekly briefing in Islamabad Thursday, foreign ministry spokeswoman Tasnim Aslam"),
            Cite(source=S000, quote="The revelation comes amid reports the extremist outfit, operating in Syria and Iraq, is seeking to extend its influence in a region plagued by Islamic militancy."),
        ),
        notes=(
            Note(id="s000-briefing-contrast", text=(
                "The source presents the spokeswoman's confirmation of arrests as a contrast ('However') to "
                "government officials' dismissal of the wall-chalking and pledges as a ploy to grab headlines."),
                cites=(Cite(source=S000, quote="However, speaking at a weekly briefing in Islamabad Thursday"),)),
        ),
    ),
    Event(
        id="army-northwest-operations-2014",
        title="Pakistan's army conducts anti-militancy operations in the northwest",
        kind="military operation",
        date=When(
            date="2014", qualifier="in the months before 20 November", basis="inferred",
            reason=("The spokeswoman said the operations were undertaken 'in recent months'; resolved against the "
                    "source's inferred date of 20 November 2014."),
        ),
        summary=(
            "According to foreign ministry spokeswoman Tasnim Aslam, Pakistan's army undertook major "
            "anti-militancy operations in the country's northwest in recent months."
        ),
        regions=("pakistan",),
        people=("tasnim-aslam",),
        where=(
            Cite(source=S000, quote="Pakistan's army has undertaken major anti-militancy operations in recent months in the country’s northwest"),
        ),
        cites=(
            Cite(source=S000, quote="Pakistan's army has undertaken major anti-militancy operations in recent months in the country’s northwest"),
        ),
        notes=(
            Note(id="s000-operations-target", text=(
                "The source does not name the targets of these operations. In a separate sentence it says the "
                "military has been battling the Pakistani Taliban in the northwestern tribal areas; it does not "
                "say whether the operations the spokeswoman mentioned were part of that fight."),
                cites=(Cite(source=S000, quote="in the country’s northwest"),
                       Cite(source=S000, quote="Pakistan’s military has been battling an alliance of Sunni Islamist militants"))),
        ),
    ),
    Event(
        id="military-campaign-pakistani-taliban",
        title="Pakistan's military fights the Pakistani Taliban in the northwestern tribal areas",
        kind="military operation",
        undated_reason="The text says only that the military 'has been battling' the Pakistani Taliban, with no start date.",
        summary=(
            "Source 000 says Pakistan's military has been battling the Pakistani Taliban, an alliance of Sunni "
            "Islamist militants entrenched in the northwestern tribal areas along the Afghan border."
        ),
        regions=("fata",),
        groups=("tehrik-i-taliban-pakistan",),
        where=(
            Cite(source=S000, quote="Pakistan’s military has been battling an alliance of Sunni Islamist militants commonly known as the Pakistani Taliban entrenched in northwestern tribal areas along the Afghan border."),
        ),
        cites=(
            Cite(source=S000, quote="Pakistan’s military has been battling an alliance of Sunni Islamist militants commonly known as the Pakistani Taliban entrenched in northwestern tribal areas along the Afghan border."),
        ),
        notes=(
            Note(id="s000-tribal-areas-mapping", text=(
                "The source says 'northwestern tribal areas along the Afghan border'; this reference files the "
                "event under the Federally Administered Tribal Areas, where the shared regions list that phrase "
                "as a description. The source itself does not use that name."),
                cites=(Cite(source=S000, quote="northwestern tribal areas along the Afghan border"),)),
        ),
    ),
    Event(
        id="ttp-commanders-video-pledge-2014-10",
        title="Five Pakistani Taliban commanders pledge support to the Islamic State in a video message",
        kind="pledge of support",
        date=_LAST_MONTH,
        summary=(
            "According to source 000, five commanders of the Pakistani Taliban pledged support to the Islamic "
            "State in a video message released to media."
        ),
        groups=("tehrik-i-taliban-pakistan", "islamic-state"),
        cites=(
            Cite(source=S000, quote="Last month, in a video message released to media, five commanders of the Pakistani Taliban pledged support to Islamic State"),
        ),
        notes=(
            Note(id="s000-ttp-support-wording", text=(
                "The source says the five commanders 'pledged support', not allegiance, and does not name them. "
                "In the same sentence it calls Jundullah 'another splinter group'; it does not say what Jundullah, "
                "or the commanders, split from."),
                cites=(Cite(source=S000, quote="five commanders of the Pakistani Taliban pledged support to Islamic State"),
                       Cite(source=S000, quote="another splinter group, called Jundullah"))),
        ),
    ),
    Event(
        id="jundullah-allegiance-2014-10",
        title="Jundullah declares allegiance to the Islamic State",
        kind="pledge of allegiance",
        date=_LAST_MONTH,
        summary=(
            "According to source 000, the splinter group Jundullah declared its allegiance to the Islamic State."
        ),
        groups=("jundullah", "islamic-state"),
        cites=(
            Cite(source=S000, quote="while another splinter group, called Jundullah, also declared its allegiance to the Middle Eastern jihadist organization."),
        ),
        notes=(
            Note(id="s000-jundullah-medium", text=(
                "The source reports Jundullah's declaration in the same sentence as the Pakistani Taliban "
                "commanders' video message but does not say whether Jundullah declared its allegiance in that "
                "video or separately."),
                cites=(Cite(source=S000, quote="in a video message released to media"),
                       Cite(source=S000, quote="also declared its allegiance"))),
        ),
    ),
)

STATEMENTS = (
    Statement(
        id="aslam-suspects-in-custody",
        text=("Confirmed that police had arrested individuals suspected of links to the Islamic State and that "
              "they were in custody, without revealing how many."),
        form="paraphrase",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        groups=("islamic-state",),
        cites=(
            Cite(source=S000, quote="Pakistan on Thursday confirmed that police have arrested several individuals from major cities for their alleged links to Daish, the Arabic acronym for the Islamic State group or IS."),
            Cite(source=S000, quote="foreign ministry spokeswoman Tasnim Aslam confirmed that certain individuals suspected of links to the Islamic State are in custody but she did not reveal their number."),
        ),
    ),
    Statement(
        id="aslam-arrests-wall-chalking",
        text="Police have made arrests in connection with wall-chalking,",
        form="quote",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        groups=("islamic-state",),
        cites=(Cite(source=S000, quote="“Police have made arrests in connection with wall-chalking,\" she said."),),
    ),
    Statement(
        id="aslam-investigations-mischief-or-daish",
        text=("The investigations are underway whether it was just a mischief or these people actually belong to "
              "Daish [because] sometimes there are elements who would just like to create panic or a situation."),
        form="quote",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        groups=("islamic-state",),
        cites=(Cite(source=S000, quote="\"The investigations are underway whether it was just a mischief or these people actually belong to Daish [because] sometimes there are elements who would just like to create panic or a situation."),),
    ),
    Statement(
        id="aslam-investigations-motives",
        text="So, those investigations are underway about the motives and other aspects.",
        form="quote",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        cites=(Cite(source=S000, quote="So, those investigations are underway about the motives and other aspects."),),
    ),
    Statement(
        id="aslam-no-foreigners-arrested",
        text="I don’t think those who were arrested, there were any foreigners [among them].",
        form="quote",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        cites=(Cite(source=S000, quote="I don’t think those who were arrested, there were any foreigners [among them].\""),),
    ),
    Statement(
        id="aslam-army-operations-northwest",
        text="Noted that Pakistan's army had undertaken major anti-militancy operations in the country's northwest in recent months.",
        form="paraphrase",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        regions=("pakistan",),
        cites=(Cite(source=S000, quote="The spokesperson noted that Pakistan's army has undertaken major anti-militancy operations in recent months in the country’s northwest"),),
    ),
    Statement(
        id="aslam-no-terrorist-outfit-allowed",
        text="Said Pakistan's army is determined not to allow any terrorist outfit to operate from Pakistani territory.",
        form="paraphrase",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        regions=("pakistan",),
        cites=(Cite(source=S000, quote="it is determined not to allow any terrorist outfit to operate from Pakistani territory."),),
    ),
    Statement(
        id="aslam-no-shadow-of-daish",
        text="Pakistan will not tolerate even the shadow of Daish in Pakistan.",
        form="quote",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S000, quote="“Pakistan will not tolerate even the shadow of Daish in Pakistan."),),
    ),
    Statement(
        id="aslam-comprehensive-action",
        text="So what we are doing at the moment is a comprehensive action against all terrorists,",
        form="quote",
        speaker="tasnim-aslam",
        date=_THURSDAY,
        place="islamabad",
        event=_BRIEFING_ID,
        cites=(Cite(source=S000, quote="So what we are doing at the moment is a comprehensive action against all terrorists,” said Aslam."),),
    ),
    Statement(
        id="s000-officials-dismiss-ploy",
        text=("Government officials have dismissed the pro-Islamic State wall-chalking and some local militant "
              "groups' declarations of allegiance to the Islamic State as a ploy to grab headlines rather than a "
              "sign of operational links."),
        form="paraphrase",
        speaker_label="Government officials",
        # Not October-November 2014: the text does not say the declarations it means are the ones of
        # "last month", nor when the dismissing began (independent read i23r).
        date=When(
            date="2014-11-20", qualifier="by", basis="inferred",
            reason=("'Have been dismissing': the text gives no start, and does not say whether the declarations of "
                    "allegiance it means are those it dates to 'last month'. The dismissals continued up to the "
                    "source's inferred date of 20 November 2014."),
        ),
        # Not tagged with the TTP or Jundullah: the source says only "some local militant groups".
        groups=("islamic-state",),
        regions=("pakistan",),
        cites=(Cite(source=S000, quote="Government officials have been dismissing the wall-chalking and declarations of allegiance to Islamic State by some local militant groups as a ploy to grab headlines rather than a sign of operational links."),),
    ),
    Statement(
        id="s000-officials-routine-feedback",
        text="a routine feedback of intelligence agencies.",
        form="quote",
        speaker_label="Government officials",
        date=_AFTER_LAST_MONTH,
        event="provincial-report-2014",
        groups=("islamic-state",),
        cites=(Cite(source=S000, quote="Government officials played down the document, saying it was “a routine feedback of intelligence agencies.”"),),
    ),
)

STATISTICS = (
    Statistic(
        id="s000-provincial-report-is-recruits",
        label="Fighters the Islamic State has recruited inside Pakistan from within banned Sunni groups, according to a leaked provincial government report",
        value=12000,
        unit="fighters",
        topic="recruits",
        producer="a leaked provincial government report (province not named in source 000)",
        qualifier="as many as",
        period=When(
            date="2014-10", qualifier="by", basis="inferred",
            reason="The report is dated 'last month', resolved against the source's inferred date of 20 November 2014.",
        ),
        region="pakistan",
        report="provincial-report-2014",
        series="provincial-report-2014-recruitment", series_title="Recruitment reported by a provincial government report, 2014",
        groups=("islamic-state",),
        cites=(Cite(source=S000, quote="Islamic State has recruited as many as 12,000 fighters inside Pakistan from within banned Sunni groups."),),
        notes=(
            Note(id="s000-recruits-played-down", text=(
                "Government officials played down the report as 'a routine feedback of intelligence agencies'. "
                "Source 003 describes a provincial report (of Balochistan, November 2014) that speaks of hundreds "
                "of followers recruited from Hangu and Kurram Agency, not 12,000 fighters; neither source says the "
                "two reports are the same."),
                cites=(Cite(source=S000, quote="Government officials played down the document"),)),
        ),
    ),
    Statistic(
        id="s000-ttp-commanders-pledged",
        label="Pakistani Taliban commanders who pledged support to the Islamic State in a video message",
        value=5,
        unit="commanders",
        topic="fighters",
        producer="source 000, describing a video message released to media",
        period=_LAST_MONTH,
        # No region: the source gives the video message no place (independent read i23r).
        groups=("tehrik-i-taliban-pakistan", "islamic-state"),
        cites=(Cite(source=S000, quote="five commanders of the Pakistani Taliban pledged support to Islamic State"),),
    ),
)

SET_ASIDE = (
    SetAside(source=S000, text="Accessibility links", reason="Page furniture: site navigation link label."),
    SetAside(source=S000, text="Breaking News", reason="Page furniture: site section label."),
)
