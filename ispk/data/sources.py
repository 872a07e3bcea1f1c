"""The five archived documents, catalogued from what their texts show.

Publication dates the texts do not state are inferred and say how; relative
dates in each source ("last month") resolve against these dates.
"""
from ..model import Cite, Note, Source, When

S000 = "000_91b91c98ed937f7f"
S001 = "001_27f2bc15772e5f93"
S002 = "002_cae67e627d5e3e67"
S003 = "003_b1c9e467b0ad7324"
S004 = "004_94f8f6322f96e360"

SOURCES = (
    Source(
        id=S000,
        headline="Pakistan Pushes Back Against IS Supporters",
        sha256="4ec93c9cb798c25714bbb4e4d75d49420d0551ed7264e550b9b63820e3e60e9b",
        kind="news report",
        summary=(
            "A report on arrests of people suspected of links to the Islamic State group in Pakistani "
            "cities, a foreign ministry briefing in Islamabad, pledges of support to the group by "
            "Pakistani Taliban commanders and Jundullah, and a leaked provincial government report."
        ),
        publisher_reason="The text names no publisher, author or address.",
        published=When(
            date="2014-11-20",
            basis="inferred",
            reason=(
                "The text states no date. Its photo caption is dated Nov 20, 2014, a Thursday, and it reports "
                "that Pakistan confirmed the arrests 'on Thursday', at the foreign ministry's weekly briefing. "
                "That proves only that the text was written on or after 20 November 2014. Taking that day as "
                "its date, and the briefing's, is this reference's judgement, not a statement of the text. Its "
                "relative dates ('last month', 'in recent weeks') are resolved against it."
            ),
        ),
        cites=(
            Cite(source=S000, quote="Pakistan Pushes Back Against IS Supporters"),
            Cite(source=S000, quote="in Islamabad, Nov 20, 2014."),
            Cite(source=S000, quote="Pakistan on Thursday confirmed"),
        ),
    ),
    Source(
        id=S001,
        headline="Pakistan: Islamic State Bid To Expand In Country Foiled",
        sha256="f4603fca487de38b27cf98c8253aea908319b2b0d9d5f2d2e353cc7c33ccc327",
        kind="news report based on wire reporting",
        summary=(
            "A report on a news conference by the Pakistani military's chief spokesman, Lieutenant "
            "General Asim Bajwa, who said 309 people associated with the Islamic State group had been "
            "arrested, and who rejected U.S. criticism of Pakistan's counter-militancy effort."
        ),
        publisher_reason=(
            "The text names no publisher. It ends 'Based on reporting by Reuters and AFP', which names "
            "the news agencies it drew on, not the outlet that published it."
        ),
        published_reason=(
            "The text gives the news conference as 'September 1' and the killing of Hafiz Saeed Khan as "
            "'in July', but states no year, and no other source in the archive dates these events. "
            "The publication date is therefore left unknown; events it reports carry no year."
        ),
        cites=(
            Cite(source=S001, quote="Pakistan: Islamic State Bid To Expand In Country Foiled"),
            Cite(source=S001, quote="Based on reporting by Reuters and AFP"),
            Cite(source=S001, quote="said on September 1 that authorities have arrested 309 people"),
        ),
    ),
    Source(
        id=S002,
        headline="Is So-called Islamic State Gaining Strength in Pakistan?",
        sha256="8f8fa623143ffdfcf74f4dce00fabcdbd8cd7caa9cca581814183a9281e75cc4",
        kind="news analysis",
        summary=(
            "An analysis, datelined Washington, of the Islamic State group's growth in Pakistan, "
            "especially Balochistan, quoting analysts, a lawmaker and Balochistan's home minister, and "
            "listing recent attacks, operations and arrests."
        ),
        publisher="VOA News (Extremism Watch Desk)",
        publisher_basis="stated",
        publisher_reason="The text says it was originally posted on VOA News (Extremism Watch Desk); the copy in the archive is a republication.",
        published_reason=(
            "The text states no date. It refers to 2016 in the past tense ('In 2016, Aftab Sultan ... "
            "warned'), so it was written after that warning: late 2016 or later, a judgement the past "
            "tense alone supports; nothing in the archive fixes the year. "
            "Its relative dates ('in May', 'last week', 'last year') therefore carry no year."
        ),
        cites=(
            Cite(source=S002, quote="Is So-called Islamic State Gaining Strength in Pakistan?"),
            Cite(source=S002, quote="This story was originally posted on VOA News (Extremism Watch Desk)."),
            Cite(source=S002, quote="In 2016, Aftab Sultan, Pakistan’s Intelligence Bureau Chief, warned"),
        ),
    ),
    Source(
        id=S003,
        headline="ISIS Presence in Pakistan, a major threat",
        sha256="1fa920bdd91b3971eb305a3837134185421282a1319bd1ebe03c1b038292716b",
        kind="news analysis",
        summary=(
            "An overview, datelined Islamabad, of warnings about the Islamic State group in Pakistan: "
            "intelligence warnings in 2019, think-tank and interior ministry figures on terrorism in "
            "2018 and January 2019, the group's history in Pakistan from 2014, and the attacks it "
            "claimed in Quetta in 2016."
        ),
        publisher_reason="The text names no publisher, author or address.",
        published=When(date="2019-03-15"),
        published_reason="The date 'March 15, 2019' stands under the headline.",
        captured=When(
            date="2021-09-19",
            basis="inferred",
            reason="The page header reads 'Sunday, September 19th 2021': the date the page was viewed or captured, not the publication date.",
        ),
        cites=(
            Cite(source=S003, quote="ISIS Presence in Pakistan, a major threat"),
            Cite(source=S003, quote="March 15, 2019"),
            Cite(source=S003, quote="Sunday, September 19th 2021"),
        ),
        # Issue 23, rule 2: the two paragraphs whose "last year" may not be 2018.
        earlier_passages=(
            Note(
                id="s003-earlier-passages",
                text=(
                    "The Aftab Sultan paragraph calls him 'director general' and then 'former Director General', "
                    "both about what he told lawmakers 'last year': a sign it was written, at least in part, "
                    "before the article of 15 March 2019. The paragraph after it, on Mosul, dates events 'in "
                    "July last year' and 'last July' in the same way; the text gives no sign of when it was "
                    "written either. This reference keeps their relative dates uncertain between 2017 and 2018 "
                    "rather than resolve them against the article's date."
                ),
                cites=(
                    Cite(source=S003, quote="Last year, Aftab Sultan, director general of Pakistan’s Intelligence Bureau told lawmakers that ISIS was emerging as a potential threat with the help of its Pakistan-based affiliates including Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."),
                    Cite(source=S003, quote="He asked the government to launch a countrywide crackdown to dismantle the ISIS threat."),
                    Cite(source=S003, quote="“ISIS can pose a serious threat in the days to come. We need to take steps to counter it,” a lawmaker quoted former Director General of Intelligence Bureau, Aftab Sultan, from a meeting held last year."),
                    Cite(source=S003, quote="It is interesting to note that Pakistan quietly helped Iraq in its fight against ISIS which reached a major milestone in July last year with the liberation of Mosul from the terrorist group’s control after three years of occupation."),
                    Cite(source=S003, quote="“Pakistan was among a number of countries that supported Iraq in fighting the ISIS,” ambassador of Iraq to Pakistan Ali Yasin Muhammad Karim told reporters in Islamabad last July at the embassy while briefing Pakistani media about the eviction of the IS from Mosul."),
                ),
            ),
        ),
        notes=(
            Note(
                id="s003-earlier-text",
                text=(
                    "Relative dates in this text ('last year', 'last July') are resolved against its stated "
                    "date, 15 March 2019, and marked as inferred. In one paragraph the text calls Aftab Sultan "
                    "'director general' of the Intelligence Bureau and, in the next sentence, 'former Director "
                    "General', both about what he told lawmakers 'last year'. That paragraph and the next (on "
                    "Mosul) may therefore have been written before the article: their relative dates are kept "
                    "uncertain (see earlier_passages)."
                ),
                cites=(
                    Cite(source=S003, quote="Last year, Aftab Sultan, director general of Pakistan’s Intelligence Bureau told lawmakers"),
                    Cite(source=S003, quote="a lawmaker quoted former Director General of Intelligence Bureau, Aftab Sultan, from a meeting held last year"),
                ),
            ),
        ),
    ),
    Source(
        id=S004,
        headline="Pak Minister Warns Senate Of Major Threat Of An ISIS Foothold In Pakistan",
        sha256="6ff1ba0796fb74b8cf6dc5385dd7ac448af5b2a4b0f60532889a6b2dea6dc5b2",
        kind="news report from a syndicated feed",
        summary=(
            "A report on the interior ministry's written answer to the Senate about the Tehreek-i-Taliban "
            "Pakistan's expansion and the threat of the Islamic State group (Daesh), with figures on "
            "border fencing, registered refugees and online extremism."
        ),
        publisher="NDTV",
        publisher_basis="stated",
        publisher_reason="The text says it was published by NDTV from a syndicated feed, without editing by NDTV staff except for the headline.",
        published=When(
            date="[2022-12,2023-12]",
            basis="inferred",
            reason=(
                "The text states no date. It calls the Dec 12 attack in Daraban the deadliest 'in the "
                "outgoing year', so it was written late in a December. The latest year it names is 2022 "
                "(peace talks 'in 2022', a ceasefire revoked 'in November 2022', complaints 'during "
                "2022'), which fits a text of December 2022 as well as one of December 2023; nothing in "
                "it decides between the two. This reference reads the year 2022 as the latest the text "
                "reports, so it allows no later December."
            ),
        ),
        cites=(
            Cite(source=S004, quote="Pak Minister Warns Senate Of Major Threat Of An ISIS Foothold In Pakistan"),
            Cite(source=S004, quote="this story has not been edited by NDTV staff and is published from a syndicated feed"),
            Cite(source=S004, quote="In the deadliest attack on security forces in the outgoing year"),
            Cite(source=S004, quote="during 2022"),
        ),
    ),
)
