"""People the sources name, with their roles at the time each source was written."""
from ..model import Cite, Fact, Person, Role, When
from .sources import S000, S001, S002, S003

PEOPLE = (
    Person(id="tasnim-aslam", name="Tasnim Aslam", roles=(
        Role(title="Spokeswoman", organisation="Ministry of Foreign Affairs of Pakistan",
             when=When(date="2014-11-20", basis="inferred", reason="Source 000, inferred to date from 20 November 2014."),
             cites=(Cite(source=S000, quote="foreign ministry spokeswoman Tasnim Aslam"),)),
    )),
    Person(id="asim-bajwa", name="Asim Bajwa", roles=(
        Role(title="Lieutenant General; chief military spokesman", organisation="Pakistani military",
             cites=(Cite(source=S001, quote="The military's top spokesman, Lieutenant General Asim Bajwa"),)),
    )),
    Person(id="hafiz-saeed-khan", name="Hafiz Saeed Khan", groups=("islamic-state-khorasan",), roles=(
        Role(title="Leader", organisation="the IS group's branch in Afghanistan and Pakistan",
             cites=(Cite(source=S001, quote="The leader of the IS group's branch in Afghanistan and Pakistan, Hafiz Saeed Khan"),)),
    )),
    Person(id="john-kerry", name="John Kerry", roles=(
        Role(title="Secretary of State", organisation="United States",
             cites=(Cite(source=S001, quote="U.S. Secretary of State John Kerry"),)),
    )),
    Person(id="michael-kugelman", name="Michael Kugelman", roles=(
        Role(title="Deputy director and senior associate for South Asia", organisation="Wilson Center, Washington",
             cites=(Cite(source=S002, quote="Michael Kugelman, deputy director and senior associate for South Asia at Wilson Center in Washington"),)),
    )),
    Person(id="abdul-qayyum", name="Abdul Qayyum", roles=(
        Role(title="Lawmaker; prominent member of the ruling PML-N party", organisation="PML-N",
             cites=(Cite(source=S002, quote="Abdul Qayyum, a lawmaker and prominent member of the ruling PML-N party"),)),
    )),
    Person(id="sarfaraz-bugti", name="Sarfaraz Bugti", roles=(
        Role(title="Home minister for Balochistan", organisation="Government of Balochistan",
             cites=(Cite(source=S002, quote="Sarfaraz Bugti, home minister for Balochistan"),)),
    )),
    Person(id="aftab-sultan", name="Aftab Sultan", roles=(
        # Two roles, each dated by its own source: 002 dates "chief" to 2016; 003 calls him "director general" in a
        # "last year" paragraph that may be older than the article (independent read i23r, finding 23).
        Role(title="Chief", organisation="Intelligence Bureau of Pakistan",
             when=When(date="2016"),
             cites=(Cite(source=S002, quote="In 2016, Aftab Sultan, Pakistan’s Intelligence Bureau Chief"),)),
        Role(title="Director general", organisation="Intelligence Bureau of Pakistan",
             when=When(
                 date="[2017,2018]", basis="inferred",
                 reason=("Source 003 calls him director general in a 'last year' paragraph that also calls him 'former "
                         "Director General', a sign that it was written before the article of 15 March 2019: 2018 if "
                         "written with the article, 2017 if written a year before. The text does not say when."),
             ),
             cites=(Cite(source=S003, quote="Aftab Sultan, director general of Pakistan’s Intelligence Bureau"),)),
        Role(title="Former director general", organisation="Intelligence Bureau of Pakistan",
             when=When(date="2019-03-15", qualifier="by"),
             cites=(Cite(source=S003, quote="former Director General of Intelligence Bureau, Aftab Sultan"),)),
    )),
    Person(id="noreen-laghari", name="Noreen Laghari", roles=(
        Role(title="Arrested suspect", organisation="",
             cites=(Cite(source=S002, quote="Noreen Laghari, a young woman from Lahore arrested in April"),)),
    ), facts=(
        Fact(id="laghari-syria", text="Source 002 says she had gone to Syria to be trained by the Islamic State.",
             cites=(Cite(source=S002, quote="had gone to Syria to get trained by the IS"),)),
    )),
    Person(id="pervez-ahmed-chandio", name="Pervez Ahmed Chandio", roles=(
        Role(title="Chief of the counter-terrorism department", organisation="Karachi counter-terrorism department",
             when=When(date="2019-03", qualifier="as of", basis="inferred", reason="Role as given in source 003, dated 15 March 2019."),
             cites=(Cite(source=S003, quote="Pervez Ahmed Chandio, chief of Karachi’s counter-terrorism department"),)),
    )),
    Person(id="mohammad-amir-rana", name="Mohammad Amir Rana", roles=(
        Role(title="Executive director", organisation="Pakistan Institute of Peace Studies",
             when=When(date="2019-03", qualifier="as of", basis="inferred", reason="Role as given in source 003, dated 15 March 2019."),
             cites=(Cite(source=S003, quote="Mohammad Amir Rana, executive director of the Islamabad-based Pakistan Institute of Peace Studies"),)),
    )),
    Person(id="ali-yasin-muhammad-karim", name="Ali Yasin Muhammad Karim", roles=(
        Role(title="Ambassador of Iraq to Pakistan", organisation="Embassy of Iraq, Islamabad",
             cites=(Cite(source=S003, quote="ambassador of Iraq to Pakistan Ali Yasin Muhammad Karim"),)),
    )),
    Person(id="recep-tayyip-erdogan", name="Recep Tayyip Erdogan", roles=(
        Role(title="President of Turkey", organisation="Turkey",
             cites=(Cite(source=S003, quote="Turkish President Recep Tayyip Erdogan"),)),
    )),
    Person(id="mahathir-bin-mohamad", name="Mahathir Bin Mohamad", roles=(
        Role(title="Prime Minister of Malaysia", organisation="Malaysia",
             cites=(Cite(source=S003, quote="Malaysian Prime Minister Mahathir Bin Mohamad"),)),
    )),
)
