"""Events that more than one source reports, with each source's account side by side."""
from ..model import Account, Cite, Event, Note, When
from .sources import S000, S002, S003

EVENTS = (
    Event(
        id="pro-is-propaganda-2014",
        title="Pro-Islamic State graffiti and propaganda appear in Pakistani cities",
        kind="propaganda",
        date=When(date="2014", qualifier="mid-", basis="stated", reason=""),
        summary=(
            "Wall-chalking, stickers, pamphlets and a booklet titled 'Fateh' promoting the Islamic State "
            "appeared in Pakistani cities. Source 003 calls this the first sign of the group in Pakistan."
        ),
        places=("karachi", "lahore", "peshawar"),
        regions=("fata",),
        groups=("islamic-state",),
        cites=(
            Cite(source=S000, quote="In recent weeks, material such as stickers, wall-chalking and pamphlets propagating the extremist ideology of the Islamic State have emerged in major Pakistani cities - including Karachi, Lahore and Peshawar."),
            Cite(source=S003, quote="The footprints of ISIS emerged in Pakistan in mid-2014 when pro-ISIS graffiti and propaganda – a booklet titled ‘Fateh’ – appeared on the streets of Pakistan’s big cities including Peshawar, Karachi, and the Federally Administrative Tribal Areas (FATA)."),
        ),
        accounts=(
            Account(aspect="When", says="'In recent weeks' (before December 2014, by the inferred date of source 000)",
                    cite=Cite(source=S000, quote="In recent weeks, material such as stickers, wall-chalking and pamphlets")),
            Account(aspect="When", says="Mid-2014",
                    cite=Cite(source=S003, quote="The footprints of ISIS emerged in Pakistan in mid-2014")),
            Account(aspect="Where", says="Major Pakistani cities including Karachi, Lahore and Peshawar",
                    cite=Cite(source=S000, quote="major Pakistani cities - including Karachi, Lahore and Peshawar")),
            Account(aspect="Where", says="Big cities including Peshawar, Karachi, and FATA",
                    cite=Cite(source=S003, quote="Pakistan’s big cities including Peshawar, Karachi, and the Federally Administrative Tribal Areas (FATA)")),
            Account(aspect="What", says="Stickers, wall-chalking and pamphlets",
                    cite=Cite(source=S000, quote="stickers, wall-chalking and pamphlets")),
            Account(aspect="What", says="Graffiti and a booklet titled 'Fateh'",
                    cite=Cite(source=S003, quote="pro-ISIS graffiti and propaganda – a booklet titled ‘Fateh’")),
        ),
        notes=(
            Note(id="propaganda-2014-timing", text=(
                "The two sources date the appearance differently: source 003 says mid-2014, source 000 "
                "(inferred December 2014) says 'in recent weeks'. They may describe the same wave of "
                "material or successive ones; the sources do not say which."),
                cites=(Cite(source=S003, quote="in mid-2014"), Cite(source=S000, quote="In recent weeks"))),
        ),
    ),
    Event(
        id="provincial-report-2014-11",
        title="Provincial government report warns federal authorities of Islamic State recruitment",
        kind="report",
        date=When(date="2014-11"),
        summary=(
            "A provincial government report to the federal government warned of the Islamic State's "
            "growing presence and recruitment in Pakistan. Source 003 names the province as "
            "Balochistan and calls the report confidential; source 000 calls it leaked. The two "
            "sources give very different recruitment figures."
        ),
        regions=("balochistan",),
        places=("hangu", "kurram-agency"),
        groups=("islamic-state",),
        cites=(
            Cite(source=S000, quote="A leaked provincial government report last month warned federal authorities that Islamic State has recruited as many as 12,000 fighters inside Pakistan from within banned Sunni groups."),
            Cite(source=S003, quote="First time, the Islamic State’s tangible presence was reported in November 2014, when a confidential report by the provincial government of Balochistan to the federal government warned of the group’s increased footprints in Pakistan."),
            Cite(source=S003, quote="The report called for adopting preventive measures to halt its growth."),
        ),
        accounts=(
            Account(aspect="When", says="'Last month' (November 2014, by the inferred date of source 000)",
                    cite=Cite(source=S000, quote="A leaked provincial government report last month")),
            Account(aspect="When", says="November 2014",
                    cite=Cite(source=S003, quote="was reported in November 2014")),
            Account(aspect="Recruitment", says="As many as 12,000 fighters recruited inside Pakistan from within banned Sunni groups",
                    cite=Cite(source=S000, quote="Islamic State has recruited as many as 12,000 fighters inside Pakistan from within banned Sunni groups")),
            Account(aspect="Recruitment", says="Hundreds of followers allegedly recruited from the Hangu and Kurram Agency tribal areas",
                    cite=Cite(source=S003, quote="ISIS has allegedly recruited hundreds of followers from the Hangu and Kurram Agency tribal areas bordering Afghanistan")),
            Account(aspect="Official response", says="Government officials played it down as 'a routine feedback of intelligence agencies'",
                    cite=Cite(source=S000, quote="Government officials played down the document, saying it was “a routine feedback of intelligence agencies.”")),
        ),
        notes=(
            Note(id="provincial-report-same", text=(
                "This reference treats the two descriptions as one report: both describe a provincial "
                "government report to the federal authorities in November 2014 about the Islamic State. "
                "The sources do not say they are the same document, and their figures differ by "
                "orders of magnitude (up to 12,000 fighters against hundreds of followers)."),
                cites=(Cite(source=S000, quote="as many as 12,000 fighters"), Cite(source=S003, quote="hundreds of followers"))),
        ),
    ),
    Event(
        id="ib-chief-warning-2016",
        title="Intelligence Bureau chief warns the Senate of an emerging Islamic State threat",
        kind="hearing",
        date=When(date="2016-02-10"),
        summary=(
            "The director general of Pakistan's Intelligence Bureau, Aftab Sultan, told the Senate "
            "Standing Committee on Interior that the Islamic State was emerging as a threat, and "
            "claimed that Pakistan-based groups had a soft corner for it."
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
                "a warning by the Intelligence Bureau's director general to 10 February 2016, at the "
                "Senate committee. This reference records them as one event; neither source says "
                "where the committee met."),
                cites=(Cite(source=S002, quote="In 2016, Aftab Sultan"), Cite(source=S003, quote="Later on February 10, 2016"))),
        ),
    ),
)
