"""Relations between groups in their sources' words (pledges, alliances, ties and others), each with who says so."""
from ..model import Account, Cite, Relation, When
from .sources import S000, S002, S003

_LAST_MONTH = When(date="2014-10", basis="inferred",
                   reason="'Last month' in source 000, resolved against its inferred date of 20 November 2014.")

# Bugti's words stand beside every LeJ–IS pledge or alliance (issue 14, finding 13c).
_NOT_IS = Account(
    aspect="Whether such groups are the Islamic State",
    says=("Sarfaraz Bugti, Balochistan's home minister, calls Lashkar-e-Jhangvi one of the Islamic State's "
          "'terror allies', but says such groups 'should not be mistaken for Islamic State'."),
    cite=Cite(source=S002, quote="But these groups should not be mistaken for Islamic State."),
)

# The article's own sentence, after the interior ministry's January 2019 figures: it does not say the
# ministry said it (issue 23, finding 12).
_ARTICLE_AFFILIATES = Account(
    aspect="The article's own words",
    says=("Source 003, after reporting the interior ministry's January 2019 figures and without saying who says so: "
          "most of the attacks 'were claimed by ISIS and its affiliates including Lashkar-e-Jhangvi and "
          "Jamaat-ul-Ahrar'."),
    cite=Cite(source=S003, quote="Most of the attacks were claimed by ISIS and its affiliates including Lashkar-e-Jhangvi and Jamaat-ul-Ahrar."),
)

RELATIONS = (
    Relation(id="isk-branch-of-is", kind="branch", subject="islamic-state-khorasan", object="islamic-state",
             basis="reported", by="source 002 (VOA)",
             description="The Islamic State brands its presence in Afghanistan and Pakistan as the Islamic State of Khorasan, distinct from its main branch in Iraq and Syria.",
             cites=(Cite(source=S002, quote="branding itself as the Islamic State of Khorasan, a title that distinguishes the militant group in that area from its main branch in Iraq and Syria"),)),
    # The subject is five of the TTP's commanders, not the TTP: never drawn as a TTP → IS edge.
    Relation(id="ttp-commanders-support-is-2014", kind="support", subject="tehrik-i-taliban-pakistan", object="islamic-state",
             subject_part="five commanders",
             basis="reported", by="source 000",
             since=_LAST_MONTH,
             description="Five commanders of the Pakistani Taliban, not the group as a whole, pledged support (not allegiance) to the Islamic State in a video message.",
             cites=(Cite(source=S000, quote="five commanders of the Pakistani Taliban pledged support to Islamic State"),)),
    Relation(id="jundullah-pledge-is-2014", kind="pledge", subject="jundullah", object="islamic-state",
             basis="reported", by="source 000",
             since=_LAST_MONTH,
             description="Jundullah declared its allegiance to the Islamic State.",
             cites=(Cite(source=S000, quote="another splinter group, called Jundullah, also declared its allegiance to the Middle Eastern jihadist organization"),)),
    # No "jundullah-split-ttp": source 000 calls Jundullah "another splinter group" without saying
    # what it split from. The wording is recorded as the Jundullah fact of that id (groups.py).
    Relation(id="lej-pledge-is", kind="pledge", subject="lashkar-e-jhangvi", object="islamic-state",
             basis="attributed", by="Pakistani authorities",
             description="Pakistani authorities believe Lashkar-e-Jhangvi pledged allegiance to the Islamic State to help it establish a base in Pakistan.",
             cites=(Cite(source=S002, quote="Pakistani authorities believe LeJ pledged allegiance to IS to help the group establish a base in Pakistan"),),
             accounts=(_NOT_IS,)),
    # Issue 23, finding 12: "Most of the attacks were claimed by ISIS and its affiliates ..." follows the
    # interior ministry's figures with no "it said": the article's words, shown beside the officials' ones.
    Relation(id="lej-ally-is", kind="alliance", subject="lashkar-e-jhangvi", object="islamic-state",
             basis="attributed", by="Sarfaraz Bugti, home minister for Balochistan (source 002)",
             description="Balochistan's home minister calls Lashkar-e-Jhangvi one of the Islamic State's 'terror allies'.",
             cites=(Cite(source=S002, quote="Islamic State is trying to establish a territorial presence through its terror allies such as Lashkar-e-Jhangvi"),),
             accounts=(_NOT_IS,)),
    Relation(id="lej-affiliate-is", kind="affiliate", subject="lashkar-e-jhangvi", object="islamic-state",
             basis="attributed", by="Aftab Sultan, director general of the Intelligence Bureau, as source 003 reports him",
             description="Aftab Sultan called Lashkar-e-Jhangvi one of the Islamic State's Pakistan-based 'affiliates'.",
             cites=(Cite(source=S003, quote="Aftab Sultan, director general of Pakistan’s Intelligence Bureau told lawmakers that ISIS was emerging as a potential threat with the help of its Pakistan-based affiliates including Lashkar-e-Jhangvi"),),
             accounts=(_ARTICLE_AFFILIATES, _NOT_IS)),
    Relation(id="jua-affiliate-is", kind="affiliate", subject="jamaat-ul-ahrar", object="islamic-state",
             basis="attributed", by="Aftab Sultan, director general of the Intelligence Bureau, as source 003 reports him",
             description="Aftab Sultan called Jamaat-ul-Ahrar one of the Islamic State's Pakistan-based 'affiliates'.",
             cites=(Cite(source=S003, quote="with the help of its Pakistan-based affiliates including Lashkar-e-Jhangvi and Jamaat-ul-Ahrar"),),
             accounts=(_ARTICLE_AFFILIATES,)),
    Relation(id="is-outsources-lej", kind="outsourcing", subject="islamic-state", object="lashkar-e-jhangvi",
             basis="reported", by="20th report of the Analytical Support and Sanctions Monitoring Team, as cited by source 003",
             description="The Islamic State 'outsources' attacks to Pakistani organisations such as Lashkar-e-Jhangvi.",
             cites=(Cite(source=S003, quote="“outsources” terror attacks to Pakistani organizations such as Lashkar-e-Jhangvi and Jamaat-ul-Ahrar"),)),
    Relation(id="is-outsources-jua", kind="outsourcing", subject="islamic-state", object="jamaat-ul-ahrar",
             basis="reported", by="20th report of the Analytical Support and Sanctions Monitoring Team, as cited by source 003",
             description="The Islamic State 'outsources' attacks to Pakistani organisations such as Jamaat-ul-Ahrar.",
             cites=(Cite(source=S003, quote="“outsources” terror attacks to Pakistani organizations such as Lashkar-e-Jhangvi and Jamaat-ul-Ahrar"),)),
    Relation(id="lej-soft-corner-is", kind="soft corner", subject="lashkar-e-jhangvi", object="islamic-state",
             basis="attributed", by="the director general of Pakistan's Intelligence Bureau, to the Senate Standing Committee on Interior",
             since=When(date="2016-02-10", qualifier="by"),
             description="The Intelligence Bureau chief claimed Lashkar-e-Jhangvi had a 'soft corner' for the Islamic State.",
             cites=(Cite(source=S003, quote="He claimed that Pakistan-based terrorist groups, including Lashkar-e-Jhangvi and Sipah-e-Sahaba Pakistan, had a soft corner for ISIS."),)),
    Relation(id="ssp-soft-corner-is", kind="soft corner", subject="sipah-e-sahaba-pakistan", object="islamic-state",
             basis="attributed", by="the director general of Pakistan's Intelligence Bureau, to the Senate Standing Committee on Interior",
             since=When(date="2016-02-10", qualifier="by"),
             description="The Intelligence Bureau chief claimed Sipah-e-Sahaba Pakistan had a 'soft corner' for the Islamic State.",
             cites=(Cite(source=S003, quote="He claimed that Pakistan-based terrorist groups, including Lashkar-e-Jhangvi and Sipah-e-Sahaba Pakistan, had a soft corner for ISIS."),)),
    # "Tied to" is all source 002 says: not "works with" (issue 23, rule 4).
    Relation(id="lej-tied-taliban", kind="tie", subject="lashkar-e-jhangvi", object="afghan-taliban",
             basis="reported", by="source 002 (VOA), in a sentence reporting what Pakistan said",
             description="Source 002 says Lashkar-e-Jhangvi 'has been tied to' the Taliban in Afghanistan, without saying how.",
             cites=(Cite(source=S002, quote="has been tied to the Taliban in Afghanistan and al-Qaida"),)),
    Relation(id="lej-tied-al-qaida", kind="tie", subject="lashkar-e-jhangvi", object="al-qaida",
             basis="reported", by="source 002 (VOA), in a sentence reporting what Pakistan said",
             description="Source 002 says Lashkar-e-Jhangvi 'has been tied to' al-Qaida, without saying how.",
             cites=(Cite(source=S002, quote="has been tied to the Taliban in Afghanistan and al-Qaida"),)),
)
