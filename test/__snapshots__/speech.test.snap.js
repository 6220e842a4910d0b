/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["koske-org-card full fi"] = 
`
article
heading, level 2, Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke
Yhdessä ei olla yksin -hyvinvointiyhteistyöhankkeen tavoitteena on yksinäisyyden ja turvattomuuden kokemusten vähentäminen Keski-Suomessa. Tavoite pyritään saavuttamaan parantamalla asukkaiden osallistumisen mahdollisuuksia. Hanketta hallinnoi Keski-Suomen sosiaalialan osaamiskeskus KOSKE.
Hanke toimii 14 keskisuomalaisen kunnan alueella yhteistyössä paikallisten toimijoiden kanssa. Yhdessä ei olla yksin tavoittelee kunnissa itsensä yksinäisiksi ja turvattomiksi kokevia asukkaita sekä niihin väestöryhmiin kuuluvia, joilla on siihen muita suurempi riski. Hankkeen aikana kartoitetaan ja pyritään ratkaisemaan osallistumisen esteitä, vahvistetaan olemassa olevia mahdollisuuksia osallistua sekä lisätään kuntien, järjestöjen ja muiden yhteisöllisten toimijoiden välistä yhteistyötä yksinäisyyden ja turvattomuuden vähentämiseksi.
Toiminnalla edistetään sosiaalista kanssakäymistä ja yhteisen välittämisen kulttuuria esimerkiksi lisäämällä ja kehittämällä kohtaamisen paikkoja sekä vapaaehtois- ja vertaistoimintaa. Hankkeessa levitetään ja vakiinnutetaan hyväksi havaittuja yhteistyön ja osallistumisen mahdollisuuksien muotoja sekä vahvistetaan järjestöjen asemaa hyvinvointia edistävinä kumppaneina koko maakunnassa.
Hankkeen toiminta-aika on kolme vuotta ja sen rahoittaa Sosiaali- ja terveysjärjestöjen avustuskeskus STEA (aiemmin RAY) osana Yksinäisyyden vähentämisen teemarahoitusta. Hanketta hallinnoi Keski-Suomen sosiaalialan osaamiskeskus.
Hallinnoija
link, Keski-Suomen sosiaalialan osaamiskeskus (KOSKE)
Rahoittaja
Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA)
Toiminta-aika
2017–2019
Kohderyhmät
Varsinaista kohderyhmää ovat itsensä yksinäisiksi ja/tai turvattomiksi kokevat hankekuntien asukkaat tai niihin väestöryhmiin kuuluvat, joilla on siihen muita suurempi riski.
Välillistä kohderyhmää ovat hyvinvointiyhteistyön suunnitteluun ja toteutukseen osallistuvat järjestötoimijat, asukkaat sekä hankekuntien ja muiden yhteisöjen toimijat.
Kenelle
kaikille
Ikäryhmä
kaikenikäiset
Palvelukielet
suomi, englanti, ruotsi ja saksa
Toimiala
Muu
list, Teemat
ystävä- ja viriketoiminta
asukas- ja kylätoiminta
demokratia ja ihmisoikeus
harrastus ja vapaa-aika
hyvinvoinnin ja terveyden edistäminen
mielenterveys
vapaaehtoisuus
vaikuttaminen
sosiaali ja terveys
kokemusasiantuntijuus
list, Avainsanat
hyvinvoinnin edistäminen
yksinäisyys
osallisuus
`;
/* end snapshot koske-org-card full fi */

snapshots["koske-org-card full sv"] = 
`
article
heading, level 2, Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland
Projektet ”Tillsammans är vi inte ensamma” (på finska Yhdessä ei olla yksin) är ett samarbetsprojekt för välfärd som har som mål att minska upplevelserna av ensamhet och otrygghet i Mellersta Finland. Målet ska nås genom att förbättra invånarnas möjligheter att delta. Projektet administreras av Kompetenscentret inom det sociala området i Mellersta Finland, KOSKE.
Projektet verkar i 14 kommuner i Mellersta Finland i samarbete med lokala aktörer. ”Tillsammans är vi inte ensamma” vänder sig till invånare i kommunerna som upplever sig ensamma och otrygga samt till personer i befolkningsgrupper som löper större risk än andra att göra det. Under projektet kartläggs hinder för deltagande och man söker lösningar på dem, befintliga möjligheter att delta stärks och samarbetet mellan kommuner, organisationer och andra aktörer i lokalsamhället utökas för att minska ensamhet och otrygghet.
Verksamheten främjar social samvaro och en kultur där vi bryr oss om varandra, till exempel genom att skapa fler och utveckla mötesplatser samt frivillig- och kamratstödsverksamhet. Projektet sprider och etablerar beprövade former av samarbete och möjligheter att delta och stärker organisationernas ställning som samarbetspartner i arbetet för välfärd i hela landskapet.
Projektet pågår i tre år och finansieras av Social- och hälsoorganisationernas understödscentral STEA (tidigare Penningautomatföreningen RAY) som en del av temafinansieringen för att minska ensamhet. Projektet administreras av Kompetenscentret inom det sociala området i Mellersta Finland.
Förvaltas av
link, Kompetenscentret inom det sociala området i Mellersta Finland (KOSKE)
Finansieras av
Social- och hälsoorganisationernas understödscentral (STEA)
Verksamhetstid
2017–2019
Målgrupper
Den direkta målgruppen är invånare i projektkommunerna som upplever sig ensamma och/eller otrygga, eller som hör till befolkningsgrupper som löper större risk än andra att göra det.
Den indirekta målgruppen är organisationsaktörer, invånare samt aktörer i projektkommunerna och andra sammanslutningar som deltar i planeringen och genomförandet av välfärdssamarbetet.
För vem
alla
Åldersgrupp
alla åldrar
Vi betjänar på
finska, engelska, svenska och tyska
Verksamhetsfält
Övrigt
list, Teman
vänverksamhet och aktiverande verksamhet
invånar- och byaverksamhet
demokrati och mänskliga rättigheter
hobbyer och fritid
främjande av välfärd och hälsa
psykisk hälsa
frivilligarbete
påverkansarbete
social- och hälsoområdet
erfarenhetsexpertis
list, Nyckelord
främjande av välfärd
ensamhet
delaktighet
`;
/* end snapshot koske-org-card full sv */

snapshots["koske-org-card full en"] = 
`
article
heading, level 2, Together We Are Not Alone – a wellbeing partnership project in Central Finland
The “Together We Are Not Alone” project (Yhdessä ei olla yksin in Finnish) is a wellbeing partnership project that aims to reduce experiences of loneliness and insecurity in Central Finland. It seeks to do so by improving residents’ opportunities to participate. The project is run by the Central Finland Centre of Expertise in Social Welfare, KOSKE.
The project operates in 14 municipalities in Central Finland in cooperation with local partners. “Together We Are Not Alone” reaches out to residents of these municipalities who feel lonely and unsafe, and to people in population groups that are at greater risk of feeling so than others. Over the course of the project, barriers to participation are identified and, as far as possible, removed; existing opportunities to participate are strengthened; and cooperation between municipalities, NGOs and other community actors is increased in order to reduce loneliness and insecurity.
The work promotes social interaction and a culture of caring for one another, for example by creating and developing more meeting places and more volunteering and peer support activities. The project spreads and embeds proven forms of cooperation and of opportunities to participate, and strengthens the role of NGOs as partners in promoting wellbeing throughout the region.
The project runs for three years and is funded by the Funding Centre for Social Welfare and Health Organisations, STEA (formerly RAY, Finland’s Slot Machine Association), as part of its thematic funding for reducing loneliness. The project is run by the Central Finland Centre of Expertise in Social Welfare.
Administered by
link, Central Finland Centre of Expertise in Social Welfare (KOSKE)
Funded by
Funding Centre for Social Welfare and Health Organisations (STEA)
Period
2017 – 2019
Target groups
The primary target group is residents of the project municipalities who feel lonely and/or unsafe, or who belong to population groups at greater risk of feeling so than others.
The secondary target group is NGO actors, residents, and people from the project municipalities and other organisations who take part in planning and carrying out the wellbeing partnership.
For whom
everyone
Age group
all ages
Languages served
Finnish, English, Swedish, and German
Sector
Other
list, Themes
befriending and recreational activities
resident and village activities
democracy and human rights
hobbies and leisure
promoting wellbeing and health
mental health
volunteering
advocacy
social welfare and health
expertise by experience
list, Keywords
promoting wellbeing
loneliness
social inclusion
`;
/* end snapshot koske-org-card full en */

snapshots["koske-org-card full de"] = 
`
article
heading, level 2, Gemeinsam sind wir nicht allein – ein Kooperationsprojekt für Wohlbefinden in Mittelfinnland
Das Projekt „Gemeinsam sind wir nicht allein“ (finnisch Yhdessä ei olla yksin) ist ein Kooperationsprojekt für Wohlbefinden und hat zum Ziel, Erfahrungen von Einsamkeit und Unsicherheit in Mittelfinnland zu verringern. Erreicht werden soll dies, indem die Beteiligungsmöglichkeiten der Einwohnerinnen und Einwohner verbessert werden. Träger des Projekts ist das Kompetenzzentrum für das Sozialwesen in Mittelfinnland (KOSKE).
Das Projekt ist in 14 Gemeinden Mittelfinnlands tätig und arbeitet dabei mit lokalen Akteuren zusammen. „Gemeinsam sind wir nicht allein“ richtet sich an Einwohnerinnen und Einwohner dieser Gemeinden, die sich einsam und unsicher fühlen, sowie an Angehörige von Bevölkerungsgruppen, die dafür ein höheres Risiko haben als andere. Im Laufe des Projekts werden Hindernisse für die Beteiligung ermittelt und nach Möglichkeit beseitigt, bestehende Beteiligungsmöglichkeiten gestärkt und die Zusammenarbeit zwischen Gemeinden, zivilgesellschaftlichen Organisationen und anderen gemeinschaftlichen Akteuren ausgebaut, um Einsamkeit und Unsicherheit zu verringern.
Die Arbeit fördert soziale Kontakte und eine Kultur des Füreinander-Daseins, zum Beispiel indem mehr Begegnungsorte geschaffen und weiterentwickelt und ehrenamtliche Angebote sowie Peer-Unterstützung ausgebaut werden. Das Projekt verbreitet und verstetigt bewährte Formen der Zusammenarbeit und der Beteiligung und stärkt die Rolle zivilgesellschaftlicher Organisationen als Partner für die Förderung des Wohlbefindens in der gesamten Region.
Das Projekt läuft drei Jahre und wird vom Förderzentrum für Sozial- und Gesundheitsorganisationen STEA (früher RAY, der finnische Spielautomatenverband) im Rahmen seiner Themenförderung zur Verringerung von Einsamkeit gefördert. Träger des Projekts ist das Kompetenzzentrum für das Sozialwesen in Mittelfinnland.
Träger
link, Kompetenzzentrum für das Sozialwesen in Mittelfinnland (KOSKE)
Gefördert von
Förderzentrum für Sozial- und Gesundheitsorganisationen (STEA)
Laufzeit
2017–2019
Zielgruppen
Die direkte Zielgruppe sind Einwohnerinnen und Einwohner der Projektgemeinden, die sich einsam und/oder unsicher fühlen oder Bevölkerungsgruppen angehören, die dafür ein höheres Risiko haben als andere.
Die indirekte Zielgruppe sind Akteure zivilgesellschaftlicher Organisationen, Einwohnerinnen und Einwohner sowie Akteure der Projektgemeinden und anderer Einrichtungen, die an der Planung und Umsetzung der Zusammenarbeit für das Wohlbefinden beteiligt sind.
Für wen
alle
Altersgruppe
alle Altersgruppen
Angebotene Sprachen
Finnisch, Englisch, Schwedisch und Deutsch
Tätigkeitsbereich
Sonstiges
list, Themen
Besuchsdienste und Aktivierungsangebote
Bewohner- und Dorfinitiativen
Demokratie und Menschenrechte
Hobbys und Freizeit
Förderung von Wohlbefinden und Gesundheit
psychische Gesundheit
Ehrenamt
Interessenvertretung
Soziales und Gesundheit
Erfahrungsexpertise
list, Schlagwörter
Förderung des Wohlbefindens
Einsamkeit
Teilhabe
`;
/* end snapshot koske-org-card full de */

snapshots["koske-org-card compact fi"] = 
`
article
heading, level 2, Yhdessä ei olla yksin – Keski-Suomen hyvinvointiyhteistyöhanke
link, Keski-Suomen sosiaalialan osaamiskeskus (KOSKE)
2017–2019
`;
/* end snapshot koske-org-card compact fi */

snapshots["koske-org-card compact sv"] = 
`
article
heading, level 2, Tillsammans är vi inte ensamma – ett samarbetsprojekt för välfärd i Mellersta Finland
link, Kompetenscentret inom det sociala området i Mellersta Finland (KOSKE)
2017–2019
`;
/* end snapshot koske-org-card compact sv */

snapshots["koske-org-card compact en"] = 
`
article
heading, level 2, Together We Are Not Alone – a wellbeing partnership project in Central Finland
link, Central Finland Centre of Expertise in Social Welfare (KOSKE)
2017 – 2019
`;
/* end snapshot koske-org-card compact en */

snapshots["koske-org-card compact de"] = 
`
article
heading, level 2, Gemeinsam sind wir nicht allein – ein Kooperationsprojekt für Wohlbefinden in Mittelfinnland
link, Kompetenzzentrum für das Sozialwesen in Mittelfinnland (KOSKE)
2017–2019
`;
/* end snapshot koske-org-card compact de */

snapshots["koske-municipality-list full fi"] = 
`
heading, level 2, Toiminta-alue
Maakunta: Keski-Suomi
list, 14 kuntaa
link, Joutsa
link, Jyväskylä
link, Jämsä
link, Kannonkoski
link, Karstula
link, Kinnula
link, Kivijärvi
link, Kyyjärvi
link, Laukaa
link, Pihtipudas
link, Saarijärvi
link, Toivakka
link, Viitasaari
link, Äänekoski
`;
/* end snapshot koske-municipality-list full fi */

snapshots["koske-municipality-list full sv"] = 
`
heading, level 2, Verksamhetsområde
Landskap: Mellersta Finland
list, 14 kommuner
link, Joutsa
link, Jyväskylä
link, Jämsä
link, Kannonkoski
link, Karstula
link, Kinnula
link, Kivijärvi
link, Kyyjärvi
link, Laukaa
link, Pihtipudas
link, Saarijärvi
link, Toivakka
link, Viitasaari
link, Äänekoski
`;
/* end snapshot koske-municipality-list full sv */

snapshots["koske-municipality-list full en"] = 
`
heading, level 2, Area of operation
Region: Central Finland
list, 14 municipalities
link, Joutsa
link, Jyväskylä
link, Jämsä
link, Kannonkoski
link, Karstula
link, Kinnula
link, Kivijärvi
link, Kyyjärvi
link, Laukaa
link, Pihtipudas
link, Saarijärvi
link, Toivakka
link, Viitasaari
link, Äänekoski
`;
/* end snapshot koske-municipality-list full en */

snapshots["koske-municipality-list full de"] = 
`
heading, level 2, Tätigkeitsgebiet
Region: Mittelfinnland
list, 14 Gemeinden
link, Joutsa
link, Jyväskylä
link, Jämsä
link, Kannonkoski
link, Karstula
link, Kinnula
link, Kivijärvi
link, Kyyjärvi
link, Laukaa
link, Pihtipudas
link, Saarijärvi
link, Toivakka
link, Viitasaari
link, Äänekoski
`;
/* end snapshot koske-municipality-list full de */

snapshots["koske-municipality-list compact fi"] = 
`
heading, level 2, Toiminta-alue
Maakunta: Keski-Suomi
list, 14 kuntaa
link, Joutsa
link, Jyväskylä
link, Jämsä
link, Kannonkoski
link, Karstula
link, Kinnula
link, Kivijärvi
link, Kyyjärvi
link, Laukaa
link, Pihtipudas
link, Saarijärvi
link, Toivakka
link, Viitasaari
link, Äänekoski
`;
/* end snapshot koske-municipality-list compact fi */

snapshots["koske-municipality-list compact sv"] = 
`
heading, level 2, Verksamhetsområde
Landskap: Mellersta Finland
list, 14 kommuner
link, Joutsa
link, Jyväskylä
link, Jämsä
link, Kannonkoski
link, Karstula
link, Kinnula
link, Kivijärvi
link, Kyyjärvi
link, Laukaa
link, Pihtipudas
link, Saarijärvi
link, Toivakka
link, Viitasaari
link, Äänekoski
`;
/* end snapshot koske-municipality-list compact sv */

snapshots["koske-municipality-list compact en"] = 
`
heading, level 2, Area of operation
Region: Central Finland
list, 14 municipalities
link, Joutsa
link, Jyväskylä
link, Jämsä
link, Kannonkoski
link, Karstula
link, Kinnula
link, Kivijärvi
link, Kyyjärvi
link, Laukaa
link, Pihtipudas
link, Saarijärvi
link, Toivakka
link, Viitasaari
link, Äänekoski
`;
/* end snapshot koske-municipality-list compact en */

snapshots["koske-municipality-list compact de"] = 
`
heading, level 2, Tätigkeitsgebiet
Region: Mittelfinnland
list, 14 Gemeinden
link, Joutsa
link, Jyväskylä
link, Jämsä
link, Kannonkoski
link, Karstula
link, Kinnula
link, Kivijärvi
link, Kyyjärvi
link, Laukaa
link, Pihtipudas
link, Saarijärvi
link, Toivakka
link, Viitasaari
link, Äänekoski
`;
/* end snapshot koske-municipality-list compact de */

snapshots["koske-contact-block full fi"] = 
`
heading, level 2, Yhteystiedot
Osoite
Matarankatu 4
Huoneet 109 ja 110
40100 Jyväskylä
link, Näytä kartalla (OpenStreetMap)
Puhelin
link, 040 653 7220
Sähköposti
link, sirpa.pekkarinen@koske.fi
Verkossa
link, Koskeverkko
Kotikunta
Jyväskylä
button, Tallenna yhteystiedot (vCard)
`;
/* end snapshot koske-contact-block full fi */

snapshots["koske-contact-block full sv"] = 
`
heading, level 2, Kontaktuppgifter
Adress
[fi] Matarankatu 4
Rum 109 och 110
40100 Jyväskylä
link, Visa på kartan (OpenStreetMap)
Telefon
link, 040 653 7220
E-post
link, sirpa.pekkarinen@koske.fi
På webben
[fi] link, Koskeverkko
Hemkommun
Jyväskylä
button, Spara kontaktuppgifterna (vCard)
`;
/* end snapshot koske-contact-block full sv */

snapshots["koske-contact-block full en"] = 
`
heading, level 2, Contact details
Address
[fi] Matarankatu 4
Rooms 109 and 110
[fi] 40100 Jyväskylä
link, Show on map (OpenStreetMap)
Phone
link, +358 40 653 7220
Email
link, sirpa.pekkarinen@koske.fi
Online
[fi] link, Koskeverkko
Home municipality
Jyväskylä
button, Save contact details (vCard)
`;
/* end snapshot koske-contact-block full en */

snapshots["koske-contact-block full de"] = 
`
heading, level 2, Kontakt
Adresse
[fi] Matarankatu 4
Räume 109 und 110
[fi] 40100 Jyväskylä
link, Auf der Karte zeigen (OpenStreetMap)
Telefon
link, +358 40 653 7220
E-Mail
link, sirpa.pekkarinen@koske.fi
Im Netz
[fi] link, Koskeverkko
Sitzgemeinde
Jyväskylä
button, Kontaktdaten speichern (vCard)
`;
/* end snapshot koske-contact-block full de */

snapshots["koske-contact-block compact fi"] = 
`
heading, level 2, Yhteystiedot
Puhelin
link, 040 653 7220
Sähköposti
link, sirpa.pekkarinen@koske.fi
Verkossa
link, Koskeverkko
button, Tallenna yhteystiedot (vCard)
`;
/* end snapshot koske-contact-block compact fi */

snapshots["koske-contact-block compact sv"] = 
`
heading, level 2, Kontaktuppgifter
Telefon
link, 040 653 7220
E-post
link, sirpa.pekkarinen@koske.fi
På webben
[fi] link, Koskeverkko
button, Spara kontaktuppgifterna (vCard)
`;
/* end snapshot koske-contact-block compact sv */

snapshots["koske-contact-block compact en"] = 
`
heading, level 2, Contact details
Phone
link, +358 40 653 7220
Email
link, sirpa.pekkarinen@koske.fi
Online
[fi] link, Koskeverkko
button, Save contact details (vCard)
`;
/* end snapshot koske-contact-block compact en */

snapshots["koske-contact-block compact de"] = 
`
heading, level 2, Kontakt
Telefon
link, +358 40 653 7220
E-Mail
link, sirpa.pekkarinen@koske.fi
Im Netz
[fi] link, Koskeverkko
button, Kontaktdaten speichern (vCard)
`;
/* end snapshot koske-contact-block compact de */

