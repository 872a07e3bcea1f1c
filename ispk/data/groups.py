"""Militant groups and movements the sources name, with every name and spelling they use."""
from ..model import Account, Alias, Cite, Fact, Group
from .sources import S000, S001, S002, S003, S004

GROUPS = (
    Group(
        id="islamic-state",
        name="Islamic State",
        kind="transnational jihadist organization",
        aliases=(
            Alias(name="IS", kind="acronym", cites=(Cite(source=S000, quote="the Islamic State group or IS"),)),
            Alias(name="ISIS", kind="acronym", cites=(Cite(source=S003, quote="terror group Islamic State, also known as ISIS or Daesh"),)),
            Alias(name="Daesh", kind="acronym", cites=(
                Cite(source=S003, quote="also known as ISIS or Daesh"),
                Cite(source=S004, quote="Daesh – an Arabic acronym for the self-proclaimed ISIS terror group"),
            )),
            Alias(name="Daish", kind="spelling", cites=(Cite(source=S000, quote="Daish, the Arabic acronym for the Islamic State group or IS"),)),
            Alias(name="Islamic State group", cites=(Cite(source=S001, quote="the Islamic State (IS) group"),)),
            Alias(name="So-called Islamic State", kind="description", cites=(Cite(source=S002, quote="Is So-called Islamic State Gaining Strength in Pakistan?"),)),
            # Not an alias: source 003's "The 'caliphate' struck again" is the article's rhetoric, not a name.
        ),
        facts=(
            # Issue 23, finding 15: the sources' own label beside this reference's classification.
            Fact(id="is-middle-eastern", text="Source 000 calls the group a 'Middle Eastern jihadist organization'.",
                 cites=(Cite(source=S000, quote="the Middle Eastern jihadist organization"),)),
            # "amid reports" kept: the source does not itself assert the group's aim (independent read i23r).
            Fact(id="is-syria-iraq", text="Source 000 calls the group an extremist outfit operating in Syria and Iraq and writes of 'reports' that it is seeking to extend its influence in a region plagued by Islamic militancy.",
                 cites=(Cite(source=S000, quote="The revelation comes amid reports the extremist outfit, operating in Syria and Iraq, is seeking to extend its influence in a region plagued by Islamic militancy."),)),
            Fact(id="is-routed", text="Source 003 (2019) says offensives by several nations routed the group from its strongholds in Syria and Iraq.",
                 cites=(Cite(source=S003, quote="Since offences coordinated between several nations routed ISIS from its strongholds in Syria and Iraq"),)),
            Fact(id="is-main-branch", text="Source 002 calls the group in Iraq and Syria its main branch, as distinct from its Khorasan branch.",
                 cites=(Cite(source=S002, quote="a title that distinguishes the militant group in that area from its main branch in Iraq and Syria"),)),
        ),
        accounts=(
            # Issue 23, finding 14: halted or spreading? (different, undated texts)
            Account(aspect="Was its expansion halted?",
                    says="Source 001 (year not stated): 'Pakistan says' it has halted the group's attempts to expand in the country",
                    cite=Cite(source=S001, quote="Pakistan says it has halted the Islamic State (IS) group’s attempts to expand in the country")),
            Account(aspect="Was its expansion halted?",
                    says="Source 002 (no year): analysts warn that the group in Pakistan, 'while still relatively small', is spreading swiftly in many areas",
                    cite=Cite(source=S002, quote="He and other analysts warn that the IS group in Pakistan, while still relatively small, is spreading swiftly in many areas")),
            # Finding 13a: acknowledged or denied?
            Account(aspect="Did Pakistani officials acknowledge the group's presence?",
                    says="Source 001 (year not stated) calls the military spokesman's comments 'a rare acknowledgment by a senior Pakistani official' that IS militants have had an active presence",
                    cite=Cite(source=S001, quote="The comments were a rare acknowledgment by a senior Pakistani official that IS militants have had an active presence in the country.")),
            Account(aspect="Did Pakistani officials acknowledge the group's presence?",
                    says="Source 002 (no year): analysts say Pakistan was 'repeatedly claiming' the group had been unable to establish a foothold",
                    cite=Cite(source=S002, quote="after repeatedly claiming that Islamic State has been unable to establish a foothold in the country")),
            Account(aspect="Did Pakistani officials acknowledge the group's presence?",
                    says="Source 002 (no year): an analyst says Pakistan 'no longer denies' the group's presence 'as it used to'",
                    cite=Cite(source=S002, quote="Pakistan no longer denies IS’s presence as it used to")),
            Account(aspect="Did Pakistani officials acknowledge the group's presence?",
                    says="Source 000 (20 November 2014, inferred): the foreign ministry's spokeswoman confirmed that individuals suspected of links to the group were in custody",
                    cite=Cite(source=S000, quote="foreign ministry spokeswoman Tasnim Aslam confirmed that certain individuals suspected of links to the Islamic State are in custody")),
            Account(aspect="Did Pakistani officials acknowledge the group's presence?",
                    says="Source 000 (20 November 2014, inferred): government officials had been dismissing declarations of allegiance to the group as a ploy to grab headlines rather than a sign of operational links",
                    cite=Cite(source=S000, quote="as a ploy to grab headlines rather than a sign of operational links")),
            Account(aspect="Did Pakistani officials acknowledge the group's presence?",
                    says="Source 003: on 10 February 2016 the Intelligence Bureau's director general told a Senate committee that the group was emerging as a threat",
                    cite=Cite(source=S003, quote="Later on February 10, 2016, director general of the Pakistan Intelligence Bureau informed country’s Senate Standing Committee on Interior that the Islamic State was emerging as a threat.")),
            # Finding 13b: when did it arrive?
            Account(aspect="When was the group first present in Pakistan?",
                    says="Source 003: its 'tangible presence' was reported 'first time' in November 2014",
                    cite=Cite(source=S003, quote="First time, the Islamic State’s tangible presence was reported in November 2014")),
            Account(aspect="When was the group first present in Pakistan?",
                    says="Source 003: it 'marked its entry into Pakistan' on 8 August 2016, when it claimed an attack",
                    cite=Cite(source=S003, quote="ISIS marked its entry into Pakistan on August 8, 2016 when it claimed a terrorist attack")),
            Account(aspect="When was the group first present in Pakistan?",
                    says="Source 000 (20 November 2014, inferred) reports pledges of support and allegiance to the group 'last month', October 2014 by its inferred date",
                    cite=Cite(source=S000, quote="Last month, in a video message released to media, five commanders of the Pakistani Taliban pledged support to Islamic State while another splinter group, called Jundullah, also declared its allegiance")),
            Account(aspect="When was the group first present in Pakistan?",
                    says="Source 001 (year not stated): most of the 309 held were established Pakistani militants who had 'switched loyalties' to the group",
                    cite=Cite(source=S001, quote="most of those detained were established Pakistani militants who had switched loyalties to the IS group")),
        ),
    ),
    Group(
        id="islamic-state-khorasan",
        name="Islamic State of Khorasan",
        kind="regional branch",
        parent="islamic-state",
        parent_cites=(Cite(source=S002, quote="branding itself as the Islamic State of Khorasan"),),
        aliases=(
            Alias(name="Wilayat-e-Khurasan", kind="name", cites=(Cite(source=S003, quote="a base in Pakistan which it calls Wilayat-e-Khurasan"),)),
            Alias(name="Khurasan", kind="spelling", cites=(Cite(source=S003, quote="Wilayat-e-Khurasan"),)),
            Alias(name="Khorasan", kind="spelling", cites=(Cite(source=S002, quote="Islamic State of Khorasan"),)),
            Alias(name="IS group's branch in Afghanistan and Pakistan", kind="description", cites=(Cite(source=S001, quote="The leader of the IS group's branch in Afghanistan and Pakistan"),)),
        ),
        facts=(
            Fact(id="isk-branding", text="Source 002 says the Islamic State made inroads in the mountain regions of Afghanistan and Pakistan, branding itself there as the Islamic State of Khorasan.",
                 cites=(Cite(source=S002, quote="Islamic State has made inroads recently in the mountain regions of Afghanistan and Pakistan, branding itself as the Islamic State of Khorasan"),)),
            Fact(id="isk-wilayat", text="Officials of Pakistan's home ministry, cited by source 003, claim the group has established a base in Pakistan that it calls Wilayat-e-Khurasan.",
                 cites=(Cite(source=S003, quote="Officials of Pakistan’s home ministry claim that the ISIS has established a base in Pakistan which it calls Wilayat-e-Khurasan"),)),
            Fact(id="isk-names-joined", text="The sources do not themselves say that 'Islamic State of Khorasan', 'Wilayat-e-Khurasan' and 'the IS group's branch in Afghanistan and Pakistan' are one body; this reference lists them together because each names the Islamic State's presence in the Afghanistan–Pakistan region.",
                 cites=(Cite(source=S001, quote="the IS group's branch in Afghanistan and Pakistan"),
                        Cite(source=S002, quote="branding itself as the Islamic State of Khorasan"),
                        Cite(source=S003, quote="which it calls Wilayat-e-Khurasan"))),
        ),
    ),
    Group(
        id="tehrik-i-taliban-pakistan",
        name="Tehrik-i-Taliban Pakistan",
        kind="militant alliance",
        aliases=(
            Alias(name="TTP", kind="acronym", cites=(Cite(source=S003, quote="militant outfits like TTP and ISIS"), Cite(source=S004, quote="activities of the TTP"))),
            Alias(name="Tehreek-i-Taliban", kind="spelling", cites=(Cite(source=S004, quote="an influx of Tehreek-i-Taliban terrorists"),)),
            Alias(name="Pakistani Taliban", kind="name", cites=(Cite(source=S000, quote="commonly known as the Pakistani Taliban"),)),
        ),
        facts=(
            Fact(id="ttp-alliance", text="Source 000 describes the Pakistani Taliban as an alliance of Sunni Islamist militants entrenched in the northwestern tribal areas along the Afghan border, fought by Pakistan's military.",
                 cites=(Cite(source=S000, quote="Pakistan’s military has been battling an alliance of Sunni Islamist militants commonly known as the Pakistani Taliban entrenched in northwestern tribal areas along the Afghan border."),)),
            Fact(id="ttp-banned", text="Source 004 calls the TTP a banned group and reports that the Senate was briefed on the inaction of the Taliban-led interim Afghan government against it.",
                 cites=(Cite(source=S004, quote="the inaction of the interim Afghan government led by the Taliban against the banned group"),)),
            Fact(id="ttp-concentration", text="According to the interior ministry (source 004), the TTP is mostly concentrated in Khyber Pakhtunkhwa, especially the merged districts, with footprints in Balochistan.",
                 cites=(Cite(source=S004, quote="It is mostly concentrated in Khyber Pakhtunkhwa, especially merged districts, with footprints in Balochistan"),)),
        ),
    ),
    Group(
        id="jundullah",
        name="Jundullah",
        kind="militant faction",
        facts=(
            Fact(id="jundullah-splinter", text="Source 000 calls Jundullah a splinter group, in a sentence about Pakistani Taliban commanders.",
                 cites=(Cite(source=S000, quote="another splinter group, called Jundullah"),)),
            # Kept under the id of the split relation it replaces, so that links to it still land here.
            Fact(id="jundullah-split-ttp", text=(
                "Source 000 calls Jundullah 'another splinter group' right after naming five Pakistani Taliban "
                "commanders, but does not say what Jundullah split from. This reference therefore records no split."),
                 cites=(Cite(source=S000, quote="five commanders of the Pakistani Taliban pledged support to Islamic State while another splinter group, called Jundullah"),)),
        ),
    ),
    Group(
        id="lashkar-e-jhangvi",
        name="Lashkar-e-Jhangvi",
        kind="sectarian militant group",
        aliases=(Alias(name="LeJ", kind="acronym", cites=(Cite(source=S002, quote="Lashkar-e-Jhangvi (LeJ)"),)),),
        facts=(
            Fact(id="lej-profile", text="Source 002 describes Lashkar-e-Jhangvi as a predominantly Punjab-based sectarian militant group tied to the Taliban in Afghanistan and to al-Qaida, and recently linked to the Islamic State.",
                 cites=(Cite(source=S002, quote="a predominantly Punjab-based militant sectarian group that has been tied to the Taliban in Afghanistan and al-Qaida, and recently linked to IS"),)),
        ),
    ),
    Group(
        id="jamaat-ul-ahrar",
        name="Jamaat-ul-Ahrar",
        kind="militant group",
        facts=(
            Fact(id="jua-pakistani", text="Source 003 names Jamaat-ul-Ahrar among the Pakistani organisations to which, according to the 20th report of the Analytical Support and Sanctions Monitoring Team, the Islamic State outsources attacks.",
                 cites=(Cite(source=S003, quote="“outsources” terror attacks to Pakistani organizations such as Lashkar-e-Jhangvi and Jamaat-ul-Ahrar"),)),
        ),
    ),
    Group(
        id="sipah-e-sahaba-pakistan",
        name="Sipah-e-Sahaba Pakistan",
        kind="militant group",
        facts=(
            Fact(id="ssp-pakistan-based", text="Source 003 reports the Intelligence Bureau chief naming Sipah-e-Sahaba Pakistan among Pakistan-based terrorist groups.",
                 cites=(Cite(source=S003, quote="Pakistan-based terrorist groups, including Lashkar-e-Jhangvi and Sipah-e-Sahaba Pakistan"),)),
        ),
    ),
    Group(
        id="haqqani-network",
        name="Haqqani network",
        kind="militant network",
        facts=(
            Fact(id="haqqani-profile", text="Source 001 calls the Haqqani network Taliban-linked and says it is based in North Waziristan.",
                 cites=(Cite(source=S001, quote="the Taliban-linked Haqqani network"), Cite(source=S001, quote="North Waziristan, where the Haqqani network is based"))),
        ),
    ),
    Group(
        id="lashkar-e-taiba",
        name="Lashkar-e-Taiba",
        kind="militant group",
        facts=(
            Fact(id="let-kerry", text=(
                "Source 001 quotes U.S. Secretary of State John Kerry saying Pakistan had work to do against 'its "
                "indigenous groups that are engaged in extremist activities'; the report itself, outside his quoted "
                "words, adds that these include Lashkar-e-Taiba."),
                 cites=(Cite(source=S001, quote="Pakistan \"has work to do in order to push harder against its indigenous groups that are engaged in extremist activities,\" including the Taliban-linked Haqqani network and Lashkar-e-Taiba."),)),
        ),
    ),
    Group(
        id="afghan-taliban",
        name="Taliban (Afghanistan)",
        kind="movement",
        aliases=(
            Alias(name="Taliban in Afghanistan", kind="description", cites=(Cite(source=S002, quote="the Taliban in Afghanistan"),)),
            Alias(name="interim Afghan government led by the Taliban", kind="description", cites=(Cite(source=S004, quote="the interim Afghan government led by the Taliban"),)),
        ),
        facts=(
            Fact(id="taliban-interim-government", text="Source 004 refers to an interim Afghan government led by the Taliban, in a passage that also mentions the withdrawal of US troops from Afghanistan.",
                 cites=(Cite(source=S004, quote="following the withdrawal of US troops from Afghanistan and the inaction of the interim Afghan government led by the Taliban"),)),
        ),
    ),
    Group(
        id="al-qaida",
        name="al-Qaida",
        kind="transnational jihadist organization",
        aliases=(Alias(name="al-Qadia", kind="spelling", cites=(Cite(source=S000, quote="al-Qadia-linked militant groups"),)),),
        facts=(
            Fact(id="aq-linked-groups", text="Source 000 says Pakistan and Afghanistan both have militant groups linked to al-Qaida (spelled 'al-Qadia' in that text) waging insurgencies on both sides of the border.",
                 cites=(Cite(source=S000, quote="Pakistan and neighboring Afghanistan both have al-Qadia-linked militant groups waging insurgencies on both sides of the border."),)),
        ),
    ),
    Group(
        id="tehreek-i-jihad-pakistan",
        name="Tehreek-i-Jihad Pakistan",
        kind="militant group",
        facts=(
            Fact(id="tjp-daraban", text="Source 004 says militants belonging to the Tehreek-i-Jihad Pakistan stormed a military compound in Daraban, Dera Ismail Khan.",
                 cites=(Cite(source=S004, quote="terrorists belonging to the Tehreek-i-Jihad Pakistan stormed a compound used by the military in Dera Ismail Khan’s Daraban area"),)),
        ),
    ),
)
