"""Regions and places, as the sources name and locate them.

A place belongs to the most specific region a source puts it in. Where no
source names its province, it belongs to the country, and its page says the
province is not stated. Which province the reference data (outside the
archive) puts it in is recorded apart, in reference.py; two regions no source
names (Sindh, Islamabad Capital Territory) exist only for that reference data.
"""
from ..model import Alias, Cite, Fact, Place, Region
from .sources import S000, S001, S002, S003, S004

REGIONS = (
    Region(
        id="pakistan", name="Pakistan", kind="country",
        facts=(
            Fact(id="pakistan-border-fence", text="According to source 004, Pakistan's border with Afghanistan, also known as the Durand Line, is 2,640 km long and was being fenced.",
                 cites=(Cite(source=S004, quote="The barrier, being built on the 2,640-km border, also known as the Durand Line, is near completion."),)),
        ),
    ),
    Region(
        id="balochistan", name="Balochistan", kind="province", parent="pakistan",
        aliases=(Alias(name="the southwestern province", kind="description",
                       cites=(Cite(source=S002, quote="an IS stronghold in the southwestern province"),)),),
        cites=(Cite(source=S002, quote="the restive Balochistan province"),),
        facts=(
            Fact(id="balochistan-largest", text="Source 002 calls Balochistan Pakistan's largest province by size and says it is wracked by poverty.",
                 cites=(Cite(source=S002, quote="While Balochistan is Pakistan’s largest province by size, it also is wracked by poverty"),)),
            Fact(id="balochistan-southwest", text="Source 002 describes Balochistan as the southwestern province.",
                 cites=(Cite(source=S002, quote="an IS stronghold in the southwestern province"),)),
            Fact(id="balochistan-borders", text="Source 003 says Quetta's province shares borders with Afghanistan and Iran.",
                 cites=(Cite(source=S003, quote="the provincial capital city of Balochistan, which shares borders with war-torn Afghanistan and Iran"),)),
        ),
    ),
    Region(
        id="khyber-pakhtunkhwa", name="Khyber Pakhtunkhwa", kind="province", parent="pakistan",
        aliases=(Alias(name="Khyber-Pakhtunkhwa", kind="spelling", cites=(Cite(source=S002, quote="its Khyber-Pakhtunkhwa chief"),)),),
        cites=(Cite(source=S003, quote="in Balochistan and Khyber Pakhtunkhwa provinces"),),
        facts=(
            Fact(id="kp-tribal-districts", text="Source 004 speaks of Khyber Pakhtunkhwa's 'tribal districts' and, in the interior ministry's words, of 'merged districts'.",
                 cites=(Cite(source=S004, quote="the restive Khyber Pakhtunkhwa’s tribal districts"), Cite(source=S004, quote="especially merged districts"))),
        ),
    ),
    Region(
        id="fata", name="Federally Administered Tribal Areas", kind="tribal areas", parent="pakistan",
        aliases=(
            Alias(name="FATA", kind="acronym", cites=(Cite(source=S003, quote="the Federally Administrative Tribal Areas (FATA)"),)),
            Alias(name="Federally Administrative Tribal Areas", kind="spelling", cites=(Cite(source=S003, quote="Federally Administrative Tribal Areas"),)),
            Alias(name="northwestern tribal areas", kind="description", cites=(Cite(source=S000, quote="entrenched in northwestern tribal areas along the Afghan border"),)),
        ),
        facts=(
            Fact(id="fata-spelling", text="Source 003 writes 'Federally Administrative Tribal Areas'; this reference uses the more common 'Administered' as the page title and keeps the source's form as a spelling.",
                 cites=(Cite(source=S003, quote="Federally Administrative Tribal Areas (FATA)"),)),
            Fact(id="fata-merged-districts", text="Source 004 speaks of the 'tribal districts' of Khyber Pakhtunkhwa; no source says whether they are the tribal areas that source 003 calls FATA.",
                 cites=(Cite(source=S004, quote="Khyber Pakhtunkhwa’s tribal districts"),)),
        ),
    ),
    Region(
        id="punjab", name="Punjab", kind="region", parent="pakistan",
        facts=(Fact(id="punjab-lej", text="The sources name Punjab only as the main base of Lashkar-e-Jhangvi.",
                    cites=(Cite(source=S002, quote="a predominantly Punjab-based militant sectarian group"),)),),
    ),
    # Named only by the reference data (reference.py), so that the events at Karachi and
    # Islamabad can be listed under a province: no quote supports these two records.
    Region(id="sindh", name="Sindh", kind="province", parent="pakistan", named_by="reference data"),
    Region(id="islamabad-capital-territory", name="Islamabad Capital Territory", kind="territory", parent="pakistan",
           named_by="reference data"),
    Region(id="afghanistan", name="Afghanistan", kind="country",
           cites=(Cite(source=S000, quote="Pakistan and neighboring Afghanistan"),)),
    Region(id="nangarhar", name="Nangarhar", kind="foreign province", parent="afghanistan",
           cites=(Cite(source=S001, quote="the Afghan provinces of Nangarhar, Khost, and Kunar"),)),
    Region(id="khost", name="Khost", kind="foreign province", parent="afghanistan",
           cites=(Cite(source=S001, quote="the Afghan provinces of Nangarhar, Khost, and Kunar"),)),
    Region(id="kunar", name="Kunar", kind="foreign province", parent="afghanistan",
           cites=(Cite(source=S001, quote="the Afghan provinces of Nangarhar, Khost, and Kunar"),)),
    Region(id="syria", name="Syria", kind="country", cites=(Cite(source=S000, quote="operating in Syria and Iraq"),)),
    Region(id="iraq", name="Iraq", kind="country", cites=(Cite(source=S003, quote="Pakistan quietly helped Iraq in its fight against ISIS"),)),
    Region(id="iran", name="Iran", kind="country", cites=(Cite(source=S003, quote="war-torn Afghanistan and Iran"),)),
    Region(id="india", name="India", kind="country", cites=(Cite(source=S003, quote="Pakistan-India tension across Line of Control"),)),
    Region(
        # A border lies between two states and is counted in neither (issue 23, rule 3).
        id="durand-line", name="Durand Line", kind="border", between=("pakistan", "afghanistan"),
        aliases=(Alias(name="Pakistan–Afghanistan border", kind="description", cites=(Cite(source=S004, quote="fencing its porous borders with Afghanistan"),)),),
        cites=(Cite(source=S004, quote="the 2,640-km border, also known as the Durand Line"),),
    ),
    Region(
        # Source 001's "a border region between the two countries": an area along the border, not the
        # border line (the Durand Line), and on neither side for certain, so counted in neither state.
        id="afghanistan-pakistan-border-region", name="Afghanistan–Pakistan border region", kind="border",
        between=("afghanistan", "pakistan"),
        aliases=(Alias(name="a border region between the two countries", kind="description",
                       cites=(Cite(source=S001, quote="in a border region between the two countries"),)),),
        cites=(Cite(source=S001, quote="The leader of the IS group's branch in Afghanistan and Pakistan, Hafiz Saeed Khan, was killed in an air strike in July in a border region between the two countries."),),
    ),
    Region(id="line-of-control", name="Line of Control", kind="border", between=("pakistan", "india"),
           cites=(Cite(source=S003, quote="Pakistan-India tension across Line of Control"),)),
)

PLACES = (
    Place(id="islamabad", name="Islamabad", kind="capital city", region="pakistan",
          cites=(Cite(source=S000, quote="including the capital Islamabad"),)),
    Place(id="karachi", name="Karachi", kind="city", region="pakistan",
          cites=(Cite(source=S000, quote="major Pakistani cities - including Karachi, Lahore and Peshawar"),)),
    Place(id="lahore", name="Lahore", kind="city", region="pakistan",
          cites=(Cite(source=S000, quote="major Pakistani cities - including Karachi, Lahore and Peshawar"),)),
    Place(id="peshawar", name="Peshawar", kind="city", region="pakistan",
          cites=(Cite(source=S000, quote="major Pakistani cities - including Karachi, Lahore and Peshawar"),)),
    Place(id="quetta", name="Quetta", kind="city", region="balochistan",
          cites=(Cite(source=S003, quote="the southwestern city of Quetta, the provincial capital city of Balochistan"),
                 Cite(source=S002, quote="in Quetta, the provincial capital"))),
    Place(id="rawalpindi", name="Rawalpindi", kind="city", region="pakistan",
          cites=(Cite(source=S001, quote="the Pakistani military's top spokesman, speaks during a news conference in Rawalpindi"),)),
    Place(id="north-waziristan", name="North Waziristan", kind="area", region="pakistan",
          cites=(Cite(source=S001, quote="Pakistan's army has launched military operations in North Waziristan"),)),
    Place(id="hangu", name="Hangu", kind="area", region="pakistan",
          facts=(Fact(id="hangu-tribal", text="Source 003 calls Hangu and Kurram Agency tribal areas bordering Afghanistan.",
                      cites=(Cite(source=S003, quote="the Hangu and Kurram Agency tribal areas bordering Afghanistan"),)),),
          cites=(Cite(source=S003, quote="the Hangu and Kurram Agency tribal areas bordering Afghanistan"),)),
    Place(id="kurram-agency", name="Kurram Agency", kind="tribal agency", region="pakistan",
          aliases=(Alias(name="Kurram", kind="name", cites=(Cite(source=S003, quote="Kurram Agency"),)),),
          cites=(Cite(source=S003, quote="the Hangu and Kurram Agency tribal areas bordering Afghanistan"),)),
    Place(id="dera-ismail-khan", name="Dera Ismail Khan", kind="area", region="pakistan",
          cites=(Cite(source=S004, quote="Dera Ismail Khan’s Daraban area"),)),
    Place(id="daraban", name="Daraban", kind="area", region="pakistan", within="dera-ismail-khan",
          cites=(Cite(source=S004, quote="Dera Ismail Khan’s Daraban area"),)),
    Place(id="mosul", name="Mosul", kind="city", region="iraq",
          cites=(Cite(source=S003, quote="Iraq in its fight against ISIS which reached a major milestone in July last year with the liberation of Mosul"),)),
)
