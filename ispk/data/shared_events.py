"""Events that more than one source reports, with each source's account side by side."""
from ..model import Account, Cite, Event, Note, When
from .sources import S000, S002, S003

EVENTS = (
    # Two events, not one: the sources describe different material in different cities at
    # different times, and neither says it is the other's (issue 14, finding 8).
    Event(
        id="pro-is-propaganda-2014",
        title="Pro-Islamic State graffiti and a booklet appear in Pakistani cities, source 003 says",
        kind="propaganda",
        date=When(date="2014", qualifier="mid-", basis="stated", reason=""),
        summary=(
            "According to source 003, pro-ISIS graffiti and propaganda, including a booklet titled 'Fateh', "
            "appeared on the streets of big cities including Peshawar and Karachi, and in the tribal areas it "
            "calls FATA, in mid-2014. Source 003 calls this the emergence of the group's 'footprints' in Pakistan."
        ),
        places=("karachi", "peshawar"),
        regions=("fata",),
        groups=("islamic-state",),
        where=(
            Cite(source=S003, quote="The footprints of ISIS emerged in Pakistan in mid-2014 when pro-ISIS graffiti and propaganda – a booklet titled ‘Fateh’ – appeared on the streets of Pakistan’s big cities including Peshawar, Karachi, and the Federally Administrative Tribal Areas (FATA)."),
        ),
        cites=(
            Cite(source=S003, quote="The footprints of ISIS emerged in Pakistan in mid-2014 when pro-ISIS graffiti and propaganda – a booklet titled ‘Fateh’ – appeared on the streets of Pakistan’s big cities including Peshawar, Karachi, and the Federally Administrative Tribal Areas (FATA)."),
        ),
        accounts=(
            Account(aspect="When", says="Mid-2014 (source 003, looking back from 15 March 2019)",
                    cite=Cite(source=S003, quote="The footprints of ISIS emerged in Pakistan in mid-2014")),
            Account(aspect="When", says="Source 000 reports stickers, wall-chalking and pamphlets 'in recent weeks' before its inferred date of 20 November 2014 (a separate event here)",
                    cite=Cite(source=S000, quote="In recent weeks, material such as stickers, wall-chalking and pamphlets")),
        ),
        notes=(
            Note(id="propaganda-2014-timing", text=(
                "Source 003 dates pro-ISIS graffiti and a booklet to mid-2014; source 000, of 20 November 2014 "
                "(inferred), reports stickers, wall-chalking and pamphlets 'in recent weeks'. This reference "
                "records them as two events; the sources do not say whether they describe the same material."),
                cites=(Cite(source=S003, quote="in mid-2014"), Cite(source=S000, quote="In recent weeks"))),
        ),
    ),
    Event(
        id="pro-is-material-cities-2014",
        title="Stickers, wall-chalking and pamphlets for the Islamic State emerge in Pakistani cities, source 000 says",
        kind="propaganda",
        date=When(
            date="2014-11-20", qualifier="by", basis="inferred",
            reason=("'In recent weeks', before the source's inferred date of 20 November 2014; the text gives no "
                    "start."),
        ),
        summary=(
            "According to source 000, material such as stickers, wall-chalking and pamphlets propagating the "
            "Islamic State's ideology emerged 'in recent weeks' in major Pakistani cities, including Karachi, "
            "Lahore and Peshawar. Police reportedly arrested people in connection with these activities."
        ),
        places=("karachi", "lahore", "peshawar"),
        groups=("islamic-state",),
        where=(
            Cite(source=S000, quote="In recent weeks, material such as stickers, wall-chalking and pamphlets propagating the extremist ideology of the Islamic State have emerged in major Pakistani cities - including Karachi, Lahore and Peshawar."),
        ),
        cites=(
            Cite(source=S000, quote="In recent weeks, material such as stickers, wall-chalking and pamphlets propagating the extremist ideology of the Islamic State have emerged in major Pakistani cities - including Karachi, Lahore and Peshawar."),
            Cite(source=S000, quote="Police reportedly have arrested people in connection with these activities"),
        ),
        accounts=(
            Account(aspect="When", says="'In recent weeks' before 20 November 2014 (source 000's inferred date)",
                    cite=Cite(source=S000, quote="In recent weeks, material such as stickers, wall-chalking and pamphlets")),
            Account(aspect="When", says="Source 003 dates pro-ISIS graffiti and a booklet to mid-2014 (a separate event here)",
                    cite=Cite(source=S003, quote="The footprints of ISIS emerged in Pakistan in mid-2014")),
        ),
    ),
    Event(
        id="provincial-report-2014",
        title="Provincial government report warns federal authorities of Islamic State recruitment",
        kind="report",
        date=When(
            date="[2014-10,2014-11]", basis="inferred",
            reason=("The sources date it differently: source 000 says 'last month', which is October 2014 against "
                    "its inferred date of 20 November 2014; source 003 says November 2014. This reference shows "
                    "both and does not choose."),
        ),
        summary=(
            "A provincial government report to the federal authorities warned of the Islamic State's "
            "presence and recruitment in Pakistan, according to two sources that describe it differently. "
            "Source 003 names the province as Balochistan, calls the report confidential and dates it to "
            "November 2014; source 000 calls it leaked, does not name the province and dates it to 'last "
            "month' (October 2014 by its inferred date). The two give very different recruitment figures; "
            "source 003 says the group allegedly recruited from the Hangu and Kurram Agency tribal areas. "
            "According to source 003, the report called for adopting preventive measures to halt the group's "
            "growth."
        ),
        # Balochistan's government wrote the report (source 003); Hangu and Kurram are where it says recruits
        # were allegedly found. The author is not the place (issue 23, rule 5), and what a report speaks of
        # is not where it took place: no source says where it was written or delivered.
        author_regions=("balochistan",),
        speaks_of=("hangu", "kurram-agency"),
        speaks_of_quotes=(
            Cite(source=S003, quote="ISIS has allegedly recruited hundreds of followers from the Hangu and Kurram Agency tribal areas bordering Afghanistan"),
        ),
        groups=("islamic-state",),
        cites=(
            Cite(source=S000, quote="A leaked provincial government report last month warned federal authorities that Islamic State has recruited as many as 12,000 fighters inside Pakistan from within banned Sunni groups."),
            Cite(source=S003, quote="First time, the Islamic State’s tangible presence was reported in November 2014, when a confidential report by the provincial government of Balochistan to the federal government warned of the group’s increased footprints in Pakistan."),
            Cite(source=S003, quote="The report called for adopting preventive measures to halt its growth."),
        ),
        accounts=(
            Account(aspect="When", says="'Last month': October 2014, resolved against source 000's inferred date of 20 November 2014",
                    cite=Cite(source=S000, quote="A leaked provincial government report last month")),
            Account(aspect="When", says="November 2014",
                    cite=Cite(source=S003, quote="was reported in November 2014")),
            Account(aspect="Which province", says="Not named ('a leaked provincial government report')",
                    cite=Cite(source=S000, quote="A leaked provincial government report")),
            Account(aspect="Which province", says="Balochistan ('the provincial government of Balochistan')",
                    cite=Cite(source=S003, quote="a confidential report by the provincial government of Balochistan")),
            Account(aspect="First report of the group's presence?", says="Source 003: 'First time', the Islamic State's tangible presence was reported in November 2014, by this report",
                    cite=Cite(source=S003, quote="First time, the Islamic State’s tangible presence was reported in November 2014")),
            Account(aspect="First report of the group's presence?", says="Source 000 (20 November 2014, inferred) reports pledges of support and allegiance to the group 'last month', October 2014 by its inferred date",
                    cite=Cite(source=S000, quote="Last month, in a video message released to media, five commanders of the Pakistani Taliban pledged support to Islamic State while another splinter group, called Jundullah, also declared its allegiance")),
            Account(aspect="Recruitment", says="As many as 12,000 fighters recruited inside Pakistan from within banned Sunni groups",
                    cite=Cite(source=S000, quote="Islamic State has recruited as many as 12,000 fighters inside Pakistan from within banned Sunni groups")),
            Account(aspect="Recruitment", says="Hundreds of followers allegedly recruited from the Hangu and Kurram Agency tribal areas",
                    cite=Cite(source=S003, quote="ISIS has allegedly recruited hundreds of followers from the Hangu and Kurram Agency tribal areas bordering Afghanistan")),
            Account(aspect="Official response", says="Government officials played it down as 'a routine feedback of intelligence agencies'",
                    cite=Cite(source=S000, quote="Government officials played down the document, saying it was “a routine feedback of intelligence agencies.”")),
        ),
        notes=(
            Note(id="provincial-report-same", text=(
                "This reference shows the two descriptions on one page because both describe a provincial "
                "government report to the federal authorities in late 2014 about the Islamic State. The sources "
                "do not say they are the same document: their dates differ (October by source 000's inferred "
                "date, November in source 003), and so do their figures (up to 12,000 fighters against "
                "hundreds of followers)."),
                cites=(Cite(source=S000, quote="as many as 12,000 fighters"), Cite(source=S003, quote="hundreds of followers"))),
        ),
    ),
    Event(
        id="ib-chief-warning-2016",
        title="Intelligence Bureau chief warns the Senate of an emerging Islamic State threat",
        kind="hearing",
        date=When(date="2016-02-10"),
        summary=(
            "According to source 003, the director general of Pakistan's Intelligence Bureau, whom it does not "
            "name, told the Senate Standing Committee on Interior on 10 February 2016 that the Islamic State was "
            "emerging as a threat, and claimed that Pakistan-based groups had a soft corner for it. Source 002 "
            "says the bureau's chief, Aftab Sultan, warned in 2016 that IS was an emerging threat. This "
            "reference identifies the two warnings, and the speaker, as one (see the note)."
        ),
        people=("aftab-sultan",),
        groups=("islamic-state", "lashkar-e-jhangvi", "sipah-e-sahaba-pakistan"),
        cites=(
            Cite(source=S003, quote="Later on February 10, 2016, director general of the Pakistan Intelligence Bureau informed country’s Senate Standing Committee on Interior that the Islamic State was emerging as a threat."),
            Cite(source=S002, quote="In 2016, Aftab Sultan, Pakistan’s Intelligence Bureau Chief, warned that IS was an emerging threat in the country"),
        ),
        accounts=(
            Account(aspect="When", says="10 February 2016", cite=Cite(source=S003, quote="Later on February 10, 2016")),
            Account(aspect="When", says="2016", cite=Cite(source=S002, quote="In 2016, Aftab Sultan")),
            Account(aspect="Where", says="Senate Standing Committee on Interior",
                    cite=Cite(source=S003, quote="informed country’s Senate Standing Committee on Interior")),
            Account(aspect="What he said", says="IS was an emerging threat; hundreds of Pakistanis linked to local banned religious groups had left for Syria to join IS",
                    cite=Cite(source=S002, quote="hundreds of Pakistanis linked to local banned religious groups had left for Syria to join IS ranks there")),
            Account(aspect="What he said", says="IS was emerging as a threat; LeJ and Sipah-e-Sahaba Pakistan had a soft corner for it",
                    cite=Cite(source=S003, quote="had a soft corner for ISIS")),
        ),
        notes=(
            Note(id="ib-warning-same", text=(
                "Source 002 dates Aftab Sultan's warning only to 2016 and names no venue; source 003 dates "
                "a warning by the Intelligence Bureau's director general, whom it does not name, to 10 February "
                "2016, at the Senate committee. This reference records them as one event and names the speaker "
                "from source 002: an identification, not a statement of either source."),
                cites=(Cite(source=S002, quote="In 2016, Aftab Sultan"), Cite(source=S003, quote="Later on February 10, 2016"))),
        ),
    ),
)
