/* findings.c — the one table of finding codes with their texts, and the findings list. */
#include "findings.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define W FD_WAARSCHUWING
#define E FD_FOUT
#define I FD_INFO

static const fd_def fd_table[FD_COUNT] = {
    [FD_NONE] = {"", I, 0, "", "", "", ""},
    [FD_LHN_FORMAT] =
        {"lhn-format", E, 0, "loonheffingennummer '%1' heeft niet de vorm 9 cijfers + L + 2 cijfers",
         "payroll tax number '%1' is not of the form 9 digits + L + 2 digits",
         "Een loonheffingennummer bestaat uit 9 cijfers (het RSIN of BSN), de letter L en een subnummer van "
         "2 "
         "cijfers, bijvoorbeeld 004495445L01. Spaties, punten en streepjes worden genegeerd. Het record is "
         "afgewezen: corrigeer het nummer in het bronbestand en draai opnieuw.",
         "A loonheffingennummer (payroll tax number) is 9 digits (the RSIN or BSN), the letter L and a "
         "2-digit "
         "subnumber, for example 004495445L01. Spaces, dots and hyphens are ignored. The record was "
         "rejected: "
         "correct the number in the source file and run again."},
    [FD_LHN_CHECKSUM] =
        {"lhn-checksum", E, 0, "loonheffingennummer '%1' voldoet niet aan de elfproef",
         "payroll tax number '%1' fails the 11-proof",
         "De eerste 9 cijfers van een loonheffingennummer zijn een RSIN of BSN en moeten de elfproef "
         "doorstaan "
         "(gewichten 9,8,7,6,5,4,3,2,-1; de som is deelbaar door 11). Meestal is een cijfer verkeerd "
         "overgenomen. Het record is afgewezen: controleer het nummer op de loonaangifte of bij de klant.",
         "The first 9 digits of a payroll tax number are an RSIN or BSN and must pass the 11-proof (weights "
         "9,8,7,6,5,4,3,2,-1; the sum is divisible by 11). Usually a digit was copied wrong. The record was "
         "rejected: check the number on the payroll tax return or with the client."},
    [FD_LHN_SUBNUMBER] =
        {"lhn-subnumber", E, 0, "loonheffingennummer '%1' heeft subnummer 00",
         "payroll tax number '%1' has subnumber 00",
         "Het subnummer achter de L begint bij 01; L00 bestaat niet. Het record is afgewezen: controleer het "
         "nummer (meestal L01).",
         "The subnumber after the L starts at 01; L00 does not exist. The record was rejected: check the "
         "number "
         "(usually L01)."},
    [FD_KVK_FORMAT] =
        {"kvk-format", E, 0, "KvK-nummer '%1' bestaat niet uit 8 cijfers", "KvK number '%1' is not 8 digits",
         "Een KvK-nummer heeft precies 8 cijfers (een vestigingsnummer heeft er 12 en hoort niet in "
         "deze kolom). Het record is afgewezen: corrigeer het nummer of laat het veld leeg als de "
         "werkgever niet bij de KvK staat ingeschreven.",
         "A KvK (Chamber of Commerce) number has exactly 8 digits (a branch number has 12 and does "
         "not belong in this column). The record was rejected: correct the number, or leave the "
         "field empty if the employer is not registered with the KvK."},
    [FD_KVK_LEADING_ZERO] =
        {"kvk-leading-zero", W, 0, "KvK-nummer '%1' heeft 7 cijfers; aangevuld tot %2",
         "KvK number '%1' has 7 digits; padded to %2",
         "Excel laat voorloopnullen weg als een kolom als getal is opgemaakt. Een KvK-nummer van 7 cijfers "
         "is "
         "daarom aangevuld met een 0 vooraan. Controleer het nummer en maak de kolom in de bron op als "
         "tekst.",
         "Excel drops leading zeros when a column is formatted as a number. A 7-digit KvK number was "
         "therefore "
         "padded with a leading 0. Check the number and format the column as text in the source."},
    [FD_VESTIGING_NOT_FOR_UWV] =
        {"vestiging-not-for-uwv", W, 0, "vestigingsnummer '%1' wordt niet gebruikt voor UWV",
         "branch number '%1' is not used for UWV",
         "Een eHerkenningsmiddel dat op een vestigingsnummer is geregistreerd kan niet inloggen op het UWV "
         "werkgeversportaal. migrate gebruikt altijd het KvK-nummer; het vestigingsnummer wordt genegeerd. "
         "Vraag de machtiging niet aan op de vestiging.",
         "An eHerkenning means registered on a branch number (vestigingsnummer) cannot log in to the UWV "
         "employer portal. migrate always uses the KvK number; the branch number is ignored. Do not request "
         "the "
         "authorisation on the branch."},
    [FD_DATE_FORMAT] =
        {"date-format", E, 0, "datum '%1' is geen geldige datum (dag eerst, bv. 01-11-2019)",
         "date '%1' is not a valid date (day first, e.g. 01-11-2019)",
         "Datums worden gelezen als JJJJ-MM-DD, DD-MM-JJJJ, D-M-JJJJ, DD/MM/JJJJ of DD.MM.JJJJ, "
         "altijd met de dag eerst, en moeten bestaan (geen 30 februari). Het record is afgewezen.",
         "Dates are read as YYYY-MM-DD, DD-MM-YYYY, D-M-YYYY, DD/MM/YYYY or DD.MM.YYYY, always "
         "day first, and must exist (no 30 February). The record was rejected."},
    [FD_ENCODING_CP1252] =
        {"encoding-cp1252", I, 0, "bestand is geen UTF-8; gelezen als Windows-1252",
         "file is not UTF-8; read as Windows-1252",
         "Het bestand bevat bytes die geen geldige UTF-8 zijn en is daarom gelezen als Windows-1252 (de "
         "codering van oudere Excel-exports) en omgezet. Controleer een paar namen met accenten; zet zo "
         "nodig "
         "`encoding =` in portfolio.ini.",
         "The file holds bytes that are not valid UTF-8, so it was read as Windows-1252 (the encoding of "
         "older "
         "Excel exports) and converted. Check a few names with accents; set `encoding =` in portfolio.ini if "
         "needed."},
    [FD_UNKNOWN_COLUMN] =
        {"unknown-column", I, 0, "kolom '%1' is onbekend en wordt genegeerd",
         "column '%1' is unknown and ignored",
         "De kolomkop komt niet voor in de lijst met bekende namen (formats/invoer.ini). De kolom wordt "
         "genegeerd. Is het een andere naam voor een bekend veld, voeg die dan toe als alias.",
         "The column header is not in the list of known names (formats/invoer.ini). The column is ignored. "
         "If "
         "it is another name for a known field, add it there as an alias."},
    [FD_FIELD_EMPTY] =
        {"field-empty", E, 0, "verplicht veld '%1' is leeg", "required field '%1' is empty",
         "Dit veld is verplicht voor elk record. Het record is afgewezen: vul het veld in de bron "
         "in.",
         "This field is required in every record. The record was rejected: fill in the field in "
         "the source."},
    [FD_FIELD_COUNT] =
        {"field-count", W, 0, "record heeft %1 velden, de kopregel %2", "record has %1 fields, the header %2",
         "Het aantal velden wijkt af van de kopregel, vaak door een scheidingsteken in een waarde zonder "
         "aanhalingstekens. Ontbrekende velden zijn als leeg gelezen, extra velden genegeerd. Controleer het "
         "record.",
         "The number of fields differs from the header, often because of a delimiter inside an unquoted "
         "value. "
         "Missing fields were read as empty, extra fields ignored. Check the record."},
    [FD_VALUE_INVALID] =
        {"value-invalid", W, 0, "waarde '%1' wordt niet begrepen; %2", "value '%1' is not understood; %2",
         "De waarde past niet bij de toegestane waarden van deze kolom (zie README). De standaardwaarde is "
         "gebruikt zoals de melding zegt. Corrigeer de bron als dat niet klopt.",
         "The value is not one of the values this column accepts (see README). The default was used as the "
         "message says. Correct the source if that is wrong."},
    [FD_USER_DUPLICATE] =
        {"user-duplicate", E, 0, "gebruikersnaam '%1' komt al voor op regel %2",
         "user name '%1' already appears on line %2",
         "Elke gebruikersnaam mag één keer voorkomen in gebruikers.csv. De eerste regel telt; deze latere "
         "regel is afgewezen.",
         "Each user name may appear once in gebruikers.csv. The first line counts; this later line was "
         "rejected."},
    [FD_USER_UNKNOWN] = {"user-unknown", E, 0, "gebruiker '%1' staat niet in gebruikers.csv",
                         "user '%1' is not in gebruikers.csv",
                         "De machtiging noemt een gebruiker die niet (of niet geldig) in gebruikers.csv "
                         "staat. De machtiging is "
                         "afgewezen: voeg de gebruiker toe of corrigeer de naam.",
                         "The grant names a user who is not (validly) in gebruikers.csv. The grant was "
                         "rejected: add the user or "
                         "correct the name."},
    [FD_USER_BLOCKED] =
        {"user-blocked", I, 0, "gebruiker '%1' is geblokkeerd; machtigingen niet overgezet",
         "user '%1' is blocked; grants not migrated",
         "Geblokkeerde portaalgebruikers krijgen geen ketenmachtigingen. Hun machtigingen zijn overgeslagen. "
         "Moet de medewerker toch verder, deblokkeer hem in de bron en draai opnieuw.",
         "Blocked portal users get no chain authorisations. Their grants were skipped. If the colleague "
         "still "
         "needs access, unblock them in the source and run again."},
    [FD_USER_LEVEL_LOW] = {"user-level-low", W, 0,
                           "gebruiker '%1' heeft %2; het werkgeversportaal vraagt EH3",
                           "user '%1' has %2; the employer portal needs EH3",
                           "Het UWV werkgeversportaal vraagt eHerkenning niveau EH3 of hoger. Een middel op "
                           "EH2 of EH2+ kan bij "
                           "de leverancier worden verhoogd; EH1 bestaat sinds 1 juli 2021 niet meer: vraag "
                           "een nieuw middel aan.",
                           "The UWV employer portal needs eHerkenning level EH3 or higher. An EH2 or EH2+ "
                           "means can be raised at "
                           "the supplier; EH1 ended on 1 July 2021: request a new means."},
    [FD_USER_NO_MEANS] =
        {"user-no-means", W, 0, "gebruiker '%1' heeft geen (bekend) eHerkenningsmiddel",
         "user '%1' has no (known) eHerkenning means",
         "Elke medewerker die het werkgeversportaal gebruikt heeft een eigen eHerkenningsmiddel op EH3 "
         "nodig. "
         "Vraag er een aan bij de leverancier van het kantoor, of vul het niveau in de bron in als het al "
         "bestaat.",
         "Every colleague who uses the employer portal needs a personal eHerkenning means at EH3. Request "
         "one "
         "at the intermediary's supplier, or fill in the level in the source if it already exists."},
    [FD_USER_SHARED_ACCOUNT] =
        {"user-shared-account", W, 0, "account '%1' lijkt gedeeld (%2); eHerkenning is persoonlijk",
         "account '%1' looks shared (%2); eHerkenning is personal",
         "Een gedeeld portaalaccount (algemene naam zoals 'administratie' of één e-mailadres voor meerdere "
         "accounts) kan niet over naar eHerkenning: elk middel hoort bij één persoon. Geef elke medewerker "
         "die "
         "het account gebruikte een eigen middel en verdeel de machtigingen.",
         "A shared portal account (a generic name such as 'administratie', or one e-mail address on several "
         "accounts) cannot move to eHerkenning: each means belongs to one person. Give every colleague who "
         "used the account a means of their own and divide the grants."},
    [FD_NO_BEHEERDER] =
        {"no-beheerder", W, 0, "geen actieve beheerder met EH3 of hoger",
         "no active beheerder with EH3 or higher",
         "Alleen de machtigingenbeheerder van het kantoor kan de ketenmachtigingen doorgeven aan collega's, "
         "en alleen op of onder het eigen niveau. Zorg voor een beheerder met EH3 voordat de aanvragen "
         "binnenkomen.",
         "Only the intermediary's authorisation manager (beheerder) can pass the chain authorisations on to "
         "colleagues, and only at or below their own level. Make sure a beheerder has EH3 before the "
         "requests "
         "come in."},
    [FD_INTERMEDIARY_LEVEL] =
        {"intermediary-level", E, 1, "intermediair heeft %1; ketenmachtiging voor UWV vraagt EH3 of hoger",
         "intermediary has %1; a chain authorisation for UWV needs EH3 or higher",
         "De intermediair moet zelf eHerkenning op EH3 of hoger hebben. Zet `eh_niveau = EH3` (of EH4) onder "
         "[intermediair] in portfolio.ini zodra het middel er is. Een echte run stopt hier zonder iets te "
         "schrijven.",
         "The intermediary itself needs eHerkenning at EH3 or higher. Set `eh_niveau = EH3` (or EH4) under "
         "[intermediair] in portfolio.ini once the means is there. A real run stops here without writing "
         "anything."},
    [FD_SUPPLIER_UNKNOWN] =
        {"supplier-unknown", E, 1, "leverancier '%1' is onbekend; bekend zijn: %2",
         "supplier '%1' is unknown; known are: %2",
         "De leverancier onder [intermediair] in portfolio.ini staat niet in formats/leveranciers.ini. Kies "
         "een bekende naam, of voeg de leverancier toe aan die catalogus. Een echte run stopt hier.",
         "The supplier under [intermediair] in portfolio.ini is not in formats/leveranciers.ini. Choose a "
         "known "
         "name, or add the supplier to that catalogue. A real run stops here."},
    [FD_SUPPLIER_NO_CHAIN] =
        {"supplier-no-chain", E, 1, "leverancier '%1' biedt geen ketenmachtiging op EH3",
         "supplier '%1' offers no chain authorisation at EH3",
         "Volgens formats/leveranciers.ini biedt deze leverancier geen ketenmachtiging op EH3. Kies een "
         "leverancier die dat wel doet (zie `migrate formats`). Een echte run stopt hier.",
         "According to formats/leveranciers.ini this supplier offers no chain authorisation at EH3. Choose a "
         "supplier that does (see `migrate formats`). A real run stops here."},
    [FD_SERVICE_UNKNOWN] =
        {"service-unknown", E, 0, "dienst '%1' is onbekend; bedoelt u '%2'?",
         "service '%1' is unknown; did you mean '%2'?",
         "De dienst komt niet voor in formats/diensten.ini, ook niet als oude naam of code. De machtiging is "
         "afgewezen. Corrigeer de naam, of voeg de oude naam als `legacy =` toe aan de juiste dienst.",
         "The service is not in formats/diensten.ini, not even as a legacy name or code. The grant was "
         "rejected. Correct the name, or add the old name as `legacy =` to the right service."},
    [FD_SERVICE_ERD_ONLY] =
        {"service-erd-only", W, 0, "dienst '%1' is alleen voor eigenrisicodragers (%2); niet overgezet",
         "service '%1' is for eigenrisicodragers only (%2); not migrated",
         "Deze dienst is er alleen voor werkgevers die eigenrisicodrager zijn voor de genoemde wet. Volgens "
         "werkgevers.csv is de klant dat niet; de machtiging is niet overgezet. Klopt dat niet, vul dan "
         "`eigenrisicodrager` in.",
         "This service exists only for employers that carry their own risk (eigenrisicodrager) for the law "
         "named. According to werkgevers.csv the client does not; the grant was not migrated. If that is "
         "wrong, fill in `eigenrisicodrager`."},
    [FD_GRANT_ENDED] = {"grant-ended", I, 0, "machtiging is beëindigd op %1; overgeslagen",
                        "grant ended on %1; skipped",
                        "De einddatum van de oude machtiging ligt voor de rundatum. Ze wordt niet opnieuw "
                        "aangevraagd.",
                        "The old grant's end date is before the run date. It is not requested again."},
    [FD_DUPLICATE_GRANT] =
        {"duplicate-grant", I, 0, "dezelfde machtiging (%1) staat al op regel %2",
         "the same grant (%1) is already on line %2",
         "Dezelfde gebruiker, hetzelfde loonheffingennummer en dezelfde dienst komen meer dan eens voor (ook "
         "na "
         "het volgen van opvolgers). Ze tellen één keer.",
         "The same user, payroll tax number and service appear more than once (also after following "
         "successors). They count once."},
    [FD_GRANT_MOVED] =
        {"grant-moved", I, 0, "machtiging verplaatst van %1 naar opvolger %2",
         "grant moved from %1 to successor %2",
         "Het loonheffingennummer is inactief. De machtiging is overgezet op het laatste actieve "
         "nummer in de keten van opvolgers.",
         "The payroll tax number is inactive. The grant was moved to the last active number in "
         "the chain of successors."},
    [FD_GRANT_DROPPED] =
        {"grant-dropped", I, 0,
         "loonheffingennummer %1 is inactief zonder actieve opvolger; "
         "machtiging vervalt",
         "payroll tax number %1 is inactive without an active successor; grant dropped",
         "Op een inactief nummer kan niet worden ingelogd en er is geen actieve opvolger in de "
         "portefeuille. De machtiging wordt niet opnieuw aangevraagd.",
         "An inactive number cannot be logged in to and there is no active successor in the "
         "portfolio. The grant is not requested again."},
    [FD_EMPLOYER_UNKNOWN] =
        {"employer-unknown", E, 0, "loonheffingennummer %1 staat niet in werkgevers.csv",
         "payroll tax number %1 is not in werkgevers.csv",
         "De machtiging noemt een loonheffingennummer dat niet (of niet geldig) in werkgevers.csv staat. De "
         "machtiging is afgewezen: voeg de werkgever toe of corrigeer het nummer.",
         "The grant names a payroll tax number that is not (validly) in werkgevers.csv. The grant was "
         "rejected: add the employer or correct the number."},
    [FD_EMPLOYER_REJECTED] =
        {"employer-rejected", E, 0,
         "loonheffingennummer %1 staat in werkgevers.csv, maar die regel (%2) is afgewezen",
         "payroll tax number %1 is in werkgevers.csv, but that line (%2) was rejected",
         "De werkgever van deze machtiging staat wel in werkgevers.csv, maar zijn regel is afgewezen (zie "
         "die "
         "regel in afwijzingen.csv). Daarom is ook de machtiging afgewezen: herstel eerst de werkgever.",
         "The employer of this grant is in werkgevers.csv, but its line was rejected (see that line in "
         "afwijzingen.csv). So the grant was rejected too: fix the employer first."},
    [FD_EMPLOYER_DUPLICATE] =
        {"employer-duplicate", E, 0, "loonheffingennummer %1 staat al op regel %2",
         "payroll tax number %1 is already on line %2",
         "Elk loonheffingennummer hoort één keer in werkgevers.csv. Een gelijke herhaling telt één keer "
         "(info); "
         "een afwijkende herhaling is afgewezen: de eerste regel telt.",
         "Each payroll tax number belongs once in werkgevers.csv. An identical repeat counts once (info); a "
         "different repeat was rejected: the first line counts."},
    [FD_NO_KVK] =
        {"no-kvk", W, 0, "werkgever %1 heeft geen KvK-nummer: papieren route bij UWV",
         "employer %1 has no KvK number: paper route at UWV",
         "eHerkenning vraagt een KvK-inschrijving. Zonder KvK-nummer kan de werkgever geen "
         "ketenmachtiging geven en regelt hij zaken met UWV op papier. Staat de werkgever wel "
         "ingeschreven, vul dan het KvK-nummer in.",
         "eHerkenning needs a KvK registration. Without a KvK number the employer cannot give a chain "
         "authorisation and deals with UWV on paper. If the employer is registered, fill in the KvK "
         "number."},
    [FD_FOREIGN_EMPLOYER] =
        {"foreign-employer", W, 0, "buitenlandse werkgever %1 (%2) zonder KvK-nummer: papieren route",
         "foreign employer %1 (%2) without KvK number: paper route",
         "Een buitenlandse werkgever zonder vestiging in Nederland staat niet bij de KvK en kan geen "
         "eHerkenning gebruiken. Hij regelt zaken met UWV op papier.",
         "A foreign employer without a Dutch establishment is not registered with the KvK and cannot use "
         "eHerkenning. It deals with UWV on paper."},
    [FD_INACTIVE] =
        {"inactive", I, 0, "loonheffingennummer %1 is inactief; geen aanvraag",
         "payroll tax number %1 is inactive; no request",
         "Een inactief loonheffingennummer is met eHerkenning niet te vinden. Er wordt niets voor "
         "aangevraagd; open ziekmeldingen vragen een telefoontje naar UWV (zie uwv-opvolging).",
         "An inactive payroll tax number cannot be found with eHerkenning. Nothing is requested for "
         "it; open sick reports need a call to UWV (see uwv-opvolging)."},
    [FD_TRANSFER_REPORTS] =
        {"transfer-reports", W, 0, "%1 op inactief nummer; vraag UWV die over te zetten naar opvolger %2",
         "%1 on an inactive number; ask UWV for a transfer to successor %2",
         "Het loonheffingennummer is inactief en heeft een opvolger: na een fusie, overname, "
         "rechtsvormwijziging, splitsing of om een andere reden (de kolom reden staat in de melding als die "
         "is "
         "ingevuld). UWV kan open ziekmeldingen van het oude naar het nieuwe loonheffingennummer overzetten, "
         "op verzoek via UWV Telefoon Werkgevers; uwv-opvolging.csv noemt de laatste opvolger. Zonder dat "
         "zijn ze met eHerkenning niet meer te zien.",
         "The payroll tax number is inactive and has a successor: after a merger, takeover, change of legal "
         "form, split or for another reason (the message names the reden column when it is filled in). UWV "
         "can move open sick reports from the old to the new payroll tax number, on request by phone (UWV "
         "Telefoon Werkgevers); uwv-opvolging.csv names the last successor. Otherwise they can no longer be "
         "seen with eHerkenning."},
    [FD_REPORTS_UNREACHABLE] =
        {"reports-unreachable", W, 0, "%1 op inactief nummer zonder opvolger (%2)",
         "%1 on an inactive number without successor (%2)",
         "Open ziekmeldingen op een inactief loonheffingennummer zonder opvolger zijn met eHerkenning niet "
         "meer te zien. Bel UWV Telefoon Werkgevers om ze af te handelen. Is er wel een opvolger, vul dan "
         "opvolger (en reden) in werkgevers.csv in en start migrate opnieuw: dan vraagt u UWV de meldingen "
         "over te zetten.",
         "Open sick reports on an inactive payroll tax number without successor can no longer be seen with "
         "eHerkenning. Call UWV Telefoon Werkgevers to settle them. If there is a successor, fill in "
         "opvolger "
         "(and reden) in werkgevers.csv and start migrate again: you then ask UWV to move the reports."},
    [FD_SUCCESSOR_CYCLE] =
        {"successor-cycle", E, 0, "opvolgers van %1 vormen een kring: %2",
         "the successors of %1 form a cycle: %2",
         "De opvolgers wijzen in een kring naar elkaar, zodat er geen laatste actief nummer is. Alle nummers "
         "in "
         "de kring zijn afgewezen: corrigeer de kolom opvolger.",
         "The successors point to each other in a cycle, so there is no last active number. Every number in "
         "the cycle was rejected: correct the successor column."},
    [FD_SUCCESSOR_UNKNOWN] =
        {"successor-unknown", W, 0, "opvolger %1 van %2 staat niet in de portefeuille",
         "successor %1 of %2 is not in the portfolio",
         "Het opvolgende loonheffingennummer is geen werkgever in deze portefeuille. Machtigingen kunnen er "
         "niet naartoe; de UWV-opvolging noemt het opgegeven nummer. Hoort de opvolger bij deze klant, voeg "
         "hem dan toe aan werkgevers.csv.",
         "The successor payroll tax number is not an employer in this portfolio. Grants cannot move to it; "
         "the "
         "UWV follow-up names the given number. If the successor belongs to this client, add it to "
         "werkgevers.csv."},
    [FD_KVK_CONFLICT] =
        {"kvk-conflict", E, 0, "KvK-nummer %1 staat ook bij een andere werkgever: %2",
         "KvK number %1 also belongs to another employer: %2",
         "Twee of meer actieve loonheffingennummers hebben hetzelfde KvK-nummer, maar een andere "
         "werkgeversnaam (ook na het weglaten van hoofdletters, spaties, leestekens en een rechtsvorm als "
         "B.V. aan het eind). Eén KvK-nummer hoort bij één onderneming: migrate kiest er niet zelf een. Alle "
         "betrokken regels zijn afgewezen, met hun machtigingen (employer-rejected), en voor dit KvK-nummer "
         "wordt niets aangevraagd. Zoek uit welk KvK-nummer klopt (KvK-uittreksel), verbeter werkgevers.csv "
         "en start migrate opnieuw.",
         "Two or more active payroll tax numbers have the same KvK number but a different employer name "
         "(also after leaving out case, spaces, punctuation and a legal form such as B.V. at the end). One "
         "KvK number belongs to one company: migrate does not pick one. Every row involved is rejected, with "
         "its grants (employer-rejected), and nothing is requested for this KvK number. Find out which KvK "
         "number is right (KvK extract), correct werkgevers.csv and run migrate again."},
    [FD_KVK_MEANS_CONFLICT] =
        {"kvk-means-conflict", W, 0,
         "de loonheffingennummers van KvK %1 spreken elkaar tegen in %2: via het formulier",
         "the payroll tax numbers of KvK %1 disagree in %2: through the form",
         "Bij één KvK-nummer noemen de loonheffingennummers een andere eHerkenningsleverancier of een ander "
         "niveau. Welke gegevens kloppen is niet te zeggen, dus gaat de aanvraag de veilige weg: het "
         "formulier, ondertekend door de vertegenwoordiger. Maak de gegevens gelijk als de klant wel via de "
         "beheermodule kan.",
         "Under one KvK number the payroll tax numbers name a different eHerkenning supplier or level. Which "
         "is right cannot be told, so the request takes the safe way: the form, signed by the "
         "representative. Make the data agree if the client can go through the beheermodule."},
    [FD_REPRESENTATIVE_CONFLICT] =
        {"representative-conflict", W, 0, "de loonheffingennummers van KvK %1 spreken elkaar tegen in %2",
         "the payroll tax numbers of KvK %1 disagree in %2",
         "Bij één KvK-nummer noemen de loonheffingennummers een andere vertegenwoordiger, ander e-mailadres "
         "of andere bevoegdheid. De aanvraag noemt ze allemaal en staat op compleet = nee tot de gegevens "
         "overeenkomen: wie tekent, bepaalt het KvK-uittreksel.",
         "Under one KvK number the payroll tax numbers name a different representative, e-mail address or "
         "signing authority. The request lists them all and is compleet = nee until the data agrees: the KvK "
         "extract says who signs."},
    [FD_REPRESENTATIVE_JOINT_INCOMPLETE] =
        {"representative-joint-incomplete", W, 0,
         "KvK %1 is gezamenlijk bevoegd, maar er staat maar één vertegenwoordiger: %2",
         "KvK %1 has joint signing authority, but only one representative is named: %2",
         "Met `bevoegdheid = gezamenlijk` tekenen alle vertegenwoordigers samen. Er staat er maar één, dus "
         "het formulier kan niet geldig worden ondertekend; compleet = nee. Vul alle namen in (gescheiden "
         "door ; / & of ' en '), met hun e-mailadressen in dezelfde volgorde.",
         "With `bevoegdheid = gezamenlijk` all representatives sign together. Only one is named, so the "
         "form cannot be signed validly; compleet = nee. Fill in every name (separated by ; / & or ' en '), "
         "with their e-mail addresses in the same order."},
    [FD_OWN_ORGANISATION] =
        {"own-organisation", I, 0,
         "KvK %1 is het eigen KvK-nummer van het intermediair: geen ketenmachtiging",
         "KvK %1 is the intermediary's own KvK number: no chain authorisation",
         "Deze werkgever is het intermediair zelf (`kvk` in portfolio.ini). Voor de eigen organisatie is "
         "geen ketenmachtiging nodig: het intermediair gebruikt zijn eigen eHerkenning. De machtigingen van "
         "collega's staan in interne-machtigingen.csv met route `eigen`; de beheerder registreert ze "
         "rechtstreeks.",
         "This employer is the intermediary itself (`kvk` in portfolio.ini). Its own organisation needs no "
         "chain authorisation: the intermediary uses its own eHerkenning. The colleagues' grants are in "
         "interne-machtigingen.csv with route `eigen`; the beheerder registers them directly."},
    [FD_CLIENT_SUPPLIER_UNKNOWN] =
        {"client-supplier-unknown", W, 0, "leverancier '%1' van de klant is onbekend; bekend zijn: %2",
         "the client's supplier '%1' is unknown; known are: %2",
         "De eHerkenningsleverancier in `eh_leverancier` staat niet in formats/leveranciers.ini (ook niet "
         "als alias). Of de klant via de beheermodule kan, is dus niet te zeggen: de aanvraag gaat via het "
         "formulier. Verbeter de naam, of voeg de leverancier toe aan leveranciers.ini.",
         "The eHerkenning supplier in `eh_leverancier` is not in formats/leveranciers.ini (not as an alias "
         "either). Whether the client can go through the beheermodule cannot be told: the request takes the "
         "form. Correct the name, or add the supplier to leveranciers.ini."},
    [FD_SOLE_TRADER] =
        {"sole-trader", I, 0, "werkgever %1 is een eenmanszaak: vraag de leverancier hoe die dit afhandelt",
         "employer %1 is a sole trader: ask the supplier how it handles this",
         "Volgens `rechtsvorm` is de klant een eenmanszaak. Sommige leveranciers behandelen een "
         "ketenmachtiging voor een eenmanszaak anders (of konden het voor UWV een tijd niet). Vraag het na "
         "bij de leverancier voordat de aanvraag de deur uitgaat.",
         "According to `rechtsvorm` the client is a sole trader. Some suppliers handle a chain authorisation "
         "for a sole trader differently (or for a while could not do it for UWV). Check with the supplier "
         "before the request goes out."},
    [FD_SERVICE_ERD_UNCONFIRMED] =
        {"service-erd-unconfirmed", W, 0,
         "%1 had toegang tot %2 (alleen voor eigenrisicodragers); bevestig dat de klant eigenrisicodrager is",
         "%1 had access to %2 (for eigenrisicodragers only); confirm the client is an eigenrisicodrager",
         "In het oude portaal had deze klant toegang tot een dienst voor eigenrisicodragers, maar de kolom "
         "`eigenrisicodrager` is leeg. De oude toegang wijst erop dat de klant eigenrisicodrager was, dus "
         "is de machtiging overgezet. Bevestig het en vul de kolom in (ZW, WGA, WW); staat er `geen`, dan "
         "wordt de dienst niet aangevraagd (service-erd-only).",
         "In the old portal this client had access to a service for eigenrisicodragers, but the "
         "`eigenrisicodrager` column is empty. The old access suggests the client was one, so the grant was "
         "migrated. Confirm it and fill in the column (ZW, WGA, WW); with `geen` the service is not "
         "requested (service-erd-only)."},
    [FD_MULTI_LEGAL_FORM] =
        {"multi-legal-form", W, 0, "groep '%1' heeft meerdere KvK-nummers (%2): machtiging per rechtsvorm",
         "group '%1' has several KvK numbers (%2): one authorisation per legal entity",
         "Een organisatie met meerdere rechtsvormen heeft per rechtsvorm (KvK-nummer) een eigen "
         "ketenmachtiging nodig, elk getekend door de eigen vertegenwoordiger.",
         "An organisation with several legal forms needs a chain authorisation per legal entity (KvK "
         "number), "
         "each signed by its own representative."},
    [FD_REPRESENTATIVE_MISSING] =
        {"representative-missing", W, 0,
         "aanvraag voor KvK %1 heeft geen vertegenwoordiger: formulier niet te "
         "ondertekenen",
         "request for KvK %1 has no representative: the form cannot be signed",
         "Een ketenmachtiging via het formulier wordt ondertekend door de wettelijk vertegenwoordiger van de "
         "klant. Vul `vertegenwoordiger` (en e-mail) in werkgevers.csv in; tot dan staat compleet op nee.",
         "A chain authorisation through the form is signed by the client's legal representative. Fill in "
         "`vertegenwoordiger` (and e-mail) in werkgevers.csv; until then compleet is nee."},
    [FD_SUCCESSOR_REASON_CONFLICT] =
        {"successor-reason-conflict", W, 0,
         "reden is '%1', maar er is een opvolger (%2); de opvolger wordt gevolgd",
         "reason is '%1', but a successor is given (%2); the successor is followed",
         "De kolom reden zegt dat de werkgever is beëindigd (gestopt zonder opvolger), maar de kolom "
         "opvolger noemt een loonheffingennummer. migrate volgt de opvolger: machtigingen gaan naar de "
         "opvolger en open ziekmeldingen worden overgezet (transfer-reports). Is de werkgever echt gestopt, "
         "maak opvolger dan leeg; is er een opvolger, vul dan de juiste reden in (fusie, overname, "
         "rechtsvormwijziging, splitsing). Start migrate daarna opnieuw.",
         "The reden column says the employer has ended (stopped without successor), but the opvolger column "
         "names a payroll tax number. migrate follows the successor: grants go to the successor and open "
         "sick "
         "reports are moved (transfer-reports). If the employer really stopped, empty opvolger; if there is "
         "a "
         "successor, fill in the right reason (fusie, overname, rechtsvormwijziging, splitsing). Then start "
         "migrate again."},
    [FD_FORMULA_RISK] =
        {"formula-risk", W, 0, "waarde '%1' begint met een formuleteken",
         "value '%1' starts with a formula character",
         "Een waarde die begint met = + - @ TAB of CR kan in een spreadsheet als formule worden uitgevoerd. "
         "In "
         "importbestanden blijft ze ongewijzigd; in de bestanden voor mensen staat er een ' voor. Controleer "
         "de waarde in de bron.",
         "A value starting with = + - @ TAB or CR can run as a formula in a spreadsheet. In import files it "
         "is "
         "kept unchanged; in the files for people a ' is put in front. Check the value in the source."},
    [FD_ACCESS_WIDENED] =
        {"access-widened", W, 0, "gebruiker '%1' ziet na de overstap meer loonheffingennummers; had %2",
         "user '%1' sees more payroll tax numbers after the move; had %2",
         "Een ketenmachtiging noemt de klant bij zijn KvK-nummer, niet bij loonheffingennummer. Wie de "
         "beheerder voor een klant machtigt, ziet alle actieve loonheffingennummers onder dat KvK-nummer. "
         "Deze collega had in het portaal een dienst voor maar een deel van die nummers; na de overstap "
         "ziet hij ze allemaal. De melding noemt per dienst de nummers die hij had en de nummers die erbij "
         "komen; bij `reikwijdte = dienstverlener` (alle diensten) tellen alleen de nummers, over alle "
         "diensten samen. Ze wijst naar de regel in machtigingen.csv van de eerste machtiging van de "
         "collega bij die klant. In interne-machtigingen.csv staat verbreed op ja. Beslis bewust of de "
         "collega alle nummers mag zien; zo niet, geef die machtiging niet door.",
         "A chain authorisation names the client by its KvK number, not by payroll tax number. Whoever "
         "the beheerder authorises for a client sees every active payroll tax number under that KvK "
         "number. This colleague had a service in the portal for only some of those numbers; after the "
         "move they see them all. The message names per service the numbers they had and the numbers "
         "gained; with `reikwijdte = dienstverlener` (all services) only the numbers count, over all "
         "services together. It points at the machtigingen.csv line of the colleague's first grant for "
         "that client. In interne-machtigingen.csv verbreed is ja. Decide knowingly whether the colleague "
         "may see every number; if not, do not pass that authorisation on."},
    [FD_CONTROL_CHARACTER] =
        {"control-character", W, 0, "waarde '%1' bevat een stuurteken; %2",
         "value '%1' holds a control character; %2",
         "De waarde bevat een stuurteken (zoals ESC, BEL of een regeleinde) of een teken dat XML niet "
         "toestaat "
         "(U+FFFE, U+FFFF). Zo'n teken kan een terminal aansturen of een xlsx-bestand onleesbaar maken. In "
         "de "
         "melding staat het als \\x1b. In namen wordt een regeleinde of tab een spatie; elders wordt het "
         "teken "
         "in elk uitvoerbestand vervangen door U+FFFD (het vervangingsteken). Het record wordt verder "
         "gebruikt. "
         "Verwijder het teken in de bron.",
         "The value holds a control character (such as ESC, BEL or a line break) or a character XML does not "
         "allow (U+FFFE, U+FFFF). Such a character can drive a terminal or make an xlsx file unreadable. The "
         "message shows it as \\x1b. In names a line break or tab becomes a space; elsewhere the character "
         "is "
         "replaced by U+FFFD (the replacement character) in every output file. The record is still used. "
         "Remove the character in the source."},
    [FD_INVISIBLE_CHARACTER] =
        {"invisible-character", E, 0, "waarde '%1' bevat een onzichtbaar teken (%2)",
         "value '%1' holds an invisible character (%2)",
         "De waarde bevat een teken dat je niet ziet: een richtingsteken (U+200E, U+200F, U+202A tot U+202E, "
         "U+2066 tot U+2069) of een teken zonder breedte (U+200B tot U+200D, U+2060, U+FEFF). Zo lijkt "
         "'jde\\u200bvries' precies op 'jdevries' maar is het een andere gebruiker. In een nummer "
         "(loonheffingennummer, KvK, vestigingsnummer, opvolger), een gebruikersnaam of de naam van een "
         "gebruiker is het een fout: het record is afgewezen, en de waarde wordt zonder die tekens "
         "vergeleken "
         "(een tweede 'jdevries' is dus een dubbele gebruiker). Elders is het een waarschuwing en blijft de "
         "waarde ongewijzigd. Verwijder het teken in de bron.",
         "The value holds a character you cannot see: a bidi control (U+200E, U+200F, U+202A to U+202E, "
         "U+2066 to U+2069) or a zero-width character (U+200B to U+200D, U+2060, U+FEFF). So "
         "'jde\\u200bvries' looks exactly like 'jdevries' but is another user. In a number (payroll tax "
         "number, KvK, branch number, successor), a user name or a user's full name it is an error: the "
         "record is rejected, and the value is compared without those characters (a second 'jdevries' is a "
         "duplicate user). Elsewhere it is a warning and the value is kept unchanged. Remove the character "
         "in "
         "the source."},
    [FD_MIXED_ENCODING] =
        {"mixed-encoding", E, 1, "bestand bevat geldige UTF-8 en bytes die geen UTF-8 zijn",
         "file holds valid UTF-8 and bytes that are not UTF-8",
         "Het bestand bevat tekens met accenten als geldige UTF-8 en daarnaast bytes die geen UTF-8 zijn "
         "(vaak "
         "een regel die uit een ander programma is geplakt). Het als Windows-1252 lezen zou elk geldig teken "
         "met accent verminken, dus de run stopt zonder iets te schrijven. De melding noemt regel en "
         "byte-positie van de eerste foute byte: herstel die regel en sla het bestand op als UTF-8, of zet "
         "`encoding = windows-1252` (of `utf-8`) onder [bestanden] in portfolio.ini als u zeker weet welke "
         "codering het is.",
         "The file holds accented characters as valid UTF-8 and also bytes that are not UTF-8 (often a line "
         "pasted from another program). Reading it as Windows-1252 would garble every valid accented "
         "character, so the run stops without writing anything. The message names the line and byte offset "
         "of the first bad byte: fix that line and save the file as UTF-8, or set `encoding = windows-1252` "
         "(or `utf-8`) under [bestanden] in portfolio.ini if you are sure which encoding it is."},
    [FD_START_IN_PAST] =
        {"start-in-past", W, 0, "ingangsdatum %1 ligt voor de rundatum %2",
         "ingangsdatum %1 is before the run date %2",
         "De ingangsdatum onder [migratie] in portfolio.ini ligt in het verleden. De aanvragen gaan met die "
         "datum in en eindigen daardoor eerder dan bij een ingangsdatum vanaf vandaag. Klopt dat niet, zet "
         "dan een ingangsdatum vanaf vandaag of laat de regel weg (dan geldt de rundatum).",
         "The ingangsdatum (start date) under [migratie] in portfolio.ini lies in the past. The requests "
         "start on that date and so end earlier than with a start date from today on. If that is not "
         "intended, set an ingangsdatum from today on or leave the line out (the run date is then used)."},
    [FD_REGISTRATION_OTHER_INTERMEDIARY] =
        {"registration-other-intermediary", I, 0,
         "registratie voor dienstverlener KvK %1, niet voor dit intermediair (%2): overgeslagen",
         "registration for service provider KvK %1, not for this intermediary (%2): skipped",
         "De export van de leverancier bevat ook ketenmachtigingen aan een andere dienstverlener dan het "
         "intermediair uit portfolio.ini (bijvoorbeeld een ander kantoor van dezelfde organisatie). Die "
         "regels tellen niet mee voor de status en staan als overgeslagen in verwerking.csv. Komen alle "
         "regels hierop uit, controleer dan de KvK onder [intermediair] in portfolio.ini.",
         "The supplier's export also holds chain authorisations for another service provider than the "
         "intermediary of portfolio.ini (another office of the same organisation, say). Those rows do not "
         "count for the status and are listed as skipped in verwerking.csv. If every row ends up here, check "
         "the KvK under [intermediair] in portfolio.ini."},
    [FD_REGISTRATION_SUPERSEDED] =
        {"registration-superseded", I, 0, "%1: regel %2 van de export bepaalt de status",
         "%1: line %2 of the export decides the status",
         "De export noemt dezelfde klant en dienst meer dan eens (bijvoorbeeld een verlopen en een nieuwe "
         "registratie). De status volgt de regel die het meest zegt: actief gaat voor aangevraagd, dat voor "
         "verlopen, afgewezen en ingetrokken; bij gelijke status de laatste einddatum. De andere regels "
         "staan als dubbel in verwerking.csv.",
         "The export names the same client and service more than once (an expired and a new registration, "
         "say). The status follows the row that says most: active before requested, that before expired, "
         "rejected and withdrawn; with equal status the latest end date. The other rows are listed as "
         "duplicates in verwerking.csv."},
    [FD_REGISTRATION_CHANGED] =
        {"registration-changed", W, 0,
         "%1: geregistreerd tot %2 volgens de vorige uitvoer, anders volgens de export van de leverancier",
         "%1: registered until %2 according to the previous output, otherwise according to the supplier's "
         "export",
         "De vorige uitvoer (stand.csv) kende voor deze klant en dienst een registratie, maar de export van "
         "de leverancier zegt nu iets anders: geen registratie, een andere status of een andere einddatum. "
         "De export gaat voor, want die zegt wat de leverancier vastlegt. Ga na of de ketenmachtiging is "
         "ingetrokken of vervangen.",
         "The previous output (stand.csv) knew a registration for this client and service, but the "
         "supplier's export now says something else: no registration, another status or another end date. "
         "The export wins, as it says what the supplier holds. Check whether the chain authorisation was "
         "withdrawn or replaced."},
    [FD_LETTER_CHARACTER_MISSING] =
        {"letter-character-missing", W, 0,
         "%1: het lettertype van de brieven heeft geen teken voor %2; de brief toont er een leeg vakje",
         "%1: the letters' font has no glyph for %2; the letter shows an empty box instead",
         "De brief voor deze klant (in ondertekening/) bevat een teken dat het lettertype uit "
         "formats/brieven/opmaak.ini niet kent, bijvoorbeeld een Chinees of Arabisch teken in een naam. In "
         "de "
         "PDF staat op die plek een leeg vakje. Vul de naam met de hand in of kies in opmaak.ini een "
         "lettertype dat het teken wel heeft (de andere lettertypen van Debian staan in "
         "/usr/share/fonts/truetype/).",
         "The letter for this client (in ondertekening/) holds a character that the font of "
         "formats/brieven/opmaak.ini does not have, a Chinese or Arabic character in a name, say. The PDF "
         "shows an empty box in its place. Write the name in by hand or choose a font in opmaak.ini that has "
         "the character (Debian's other fonts are in /usr/share/fonts/truetype/)."},
    [FD_LETTER_TOO_LONG] =
        {"letter-too-long", W, 0, "%1: geen brief: een tekst erin is langer dan %2 bytes",
         "%1: no letter: a text in it is longer than %2 bytes",
         "Een gegeven van deze klant (de lijst met loonheffingennummers, of een naam) is zo lang dat de "
         "brief "
         "in ondertekening/ niet gemaakt kan worden. De klant staat wel in ketenmachtigingen-formulier.csv "
         "en "
         "-.xlsx; stel de brief voor deze klant met de hand op, en controleer of de invoer klopt.",
         "A detail of this client (its list of loonheffingennummers, or a name) is so long that the letter "
         "in "
         "ondertekening/ cannot be made. The client is in ketenmachtigingen-formulier.csv and .xlsx; write "
         "this client's letter by hand, and check that the input is right."},
};

#undef W
#undef E
#undef I

/* The definition of a code. */
const fd_def *fd_def_get(fd_code code)
{
    if ((int)code < 0 || code >= FD_COUNT)
        return &fd_table[FD_NONE];
    return &fd_table[code];
}

/* Code by its kebab-case name, or FD_NONE. */
fd_code fd_lookup(const char *name)
{
    int i;

    for (i = 1; i < FD_COUNT; i++)
        if (strcmp(fd_table[i].code, name) == 0)
            return (fd_code)i;
    return FD_NONE;
}

/* Display name of a severity. */
const char *fd_severity_name(fd_severity sev, mg_lang lang)
{
    static const mg_msg name[] = {[FD_FOUT] = MSG_FINDINGS_SEVERITY_ERROR,
                                  [FD_WAARSCHUWING] = MSG_FINDINGS_SEVERITY_WARNING,
                                  [FD_INFO] = MSG_FINDINGS_SEVERITY_INFO};

    if ((int)sev < 0 || sev > FD_INFO)
        return "";
    return msg_text(name[sev], lang);
}

/* Count a finding as made: per code, per severity; returns its seq. */
static size_t fd_made(fd_list *l, fd_code code, fd_severity sev)
{
    l->count[code]++;
    l->nsev[sev]++;
    l->sevmask[code] = (unsigned char)(l->sevmask[code] | (1u << sev));
    return l->made++;
}

/* Copy a string into the row text; its offset + 1, 0 for NULL, (size_t)-1 when out of memory. */
static size_t fd_row_text(fd_list *l, const char *s)
{
    size_t n, off;

    if (!s)
        return 0;
    n = strlen(s) + 1;
    while (l->ntext + n > l->captext) {
        size_t ncap = l->captext ? l->captext * 2 : 256;
        char *nt = realloc(l->text, ncap);
        if (!nt)
            return (size_t)-1;
        l->text = nt;
        l->captext = ncap;
    }
    off = l->ntext;
    memcpy(l->text + off, s, n);
    l->ntext += n;
    return off + 1;
}

/* Hold a finding of the row being read. */
static mg_error fd_hold(fd_list *l, fd_code code, fd_severity sev, int file, long line, const char *column,
                        const char *a1, const char *a2, int rejection)
{
    fd_pending *f;

    if (!mg_grow((void **)&l->row, l->nrow, &l->caprow, sizeof *l->row, 8))
        return MG_ERR_NOMEM;
    f = &l->row[l->nrow];
    f->code = code;
    f->severity = sev;
    f->file = file;
    f->line = line;
    f->column = column;
    f->rejection = rejection;
    f->a1 = fd_row_text(l, a1);
    f->a2 = fd_row_text(l, a2);
    if (f->a1 == (size_t)-1 || f->a2 == (size_t)-1)
        return MG_ERR_NOMEM;
    f->seq = fd_made(l, code, sev);
    l->nrow++;
    return MG_OK;
}

/* Append a finding with an explicit severity (held when a row is being read). */
mg_error fd_add_sev(fd_list *l, mg_pool *pool, fd_code code, fd_severity sev, int file, long line,
                    const char *column, const char *a1, const char *a2, const char *raw)
{
    finding *f;

    if (l->row_open)
        return fd_hold(l, code, sev, file, line, column, a1, a2, raw != NULL);
    if (!mg_grow((void **)&l->v, l->n, &l->cap, sizeof *l->v, 64))
        return MG_ERR_NOMEM;
    f = &l->v[l->n];
    f->code = code;
    f->severity = sev;
    f->file = file;
    f->line = line;
    f->column = column;
    f->a1 = a1 ? pool_strdup(pool, a1) : NULL;
    f->a2 = a2 ? pool_strdup(pool, a2) : NULL;
    f->raw = raw;
    if ((a1 && !f->a1) || (a2 && !f->a2))
        return MG_ERR_NOMEM;
    f->seq = fd_made(l, code, sev);
    l->n++;
    return MG_OK;
}

/* Append a finding with the table's severity. */
mg_error fd_add(fd_list *l, mg_pool *pool, fd_code code, int file, long line, const char *column,
                const char *a1, const char *a2, const char *raw)
{
    return fd_add_sev(l, pool, code, fd_def_get(code)->severity, file, line, column, a1, a2, raw);
}

/* Hold the findings of one input row. */
void fd_row_begin(fd_list *l)
{
    l->row_open = 1;
    l->nrow = 0;
    l->ntext = 0;
}

/* Bytes of an encoded string: its length + 1 (0 = NULL), then the bytes and a NUL. */
static size_t fd_enc_size(const char *s, size_t len)
{
    return 4 + (s ? len + 1 : 0);
}

/* Encode a string at p; returns the end. */
static unsigned char *fd_enc_str(unsigned char *p, const char *s, size_t len)
{
    uint32_t n = s ? (uint32_t)(len + 1) : 0;

    memcpy(p, &n, 4);
    p += 4;
    if (s) {
        memcpy(p, s, len);
        p[len] = '\0';
        p += len + 1;
    }
    return p;
}

/* Size of a finding's fixed part: code, severity, file, line, seq. */
#define FD_ENC_FIXED (2 + 1 + 1 + 8 + 8)

/* Write one held finding to the spool. */
static mg_error fd_spool_one(fd_list *l, const fd_pending *f, const char *raw, size_t rawlen, mg_errinfo *ei)
{
    const char *a1 = f->a1 ? l->text + f->a1 - 1 : NULL, *a2 = f->a2 ? l->text + f->a2 - 1 : NULL;
    const char *col = f->column;
    size_t n1 = a1 ? strlen(a1) : 0, n2 = a2 ? strlen(a2) : 0, nc = col ? strlen(col) : 0;
    size_t need = FD_ENC_FIXED + fd_enc_size(col, nc) + fd_enc_size(a1, n1) + fd_enc_size(a2, n2) +
                  fd_enc_size(f->rejection ? raw : NULL, rawlen);
    unsigned char *p;
    uint16_t code = (uint16_t)f->code;
    int64_t line = f->line;
    uint64_t seq = f->seq;

    if (need > l->caprec) {
        unsigned char *nr = realloc(l->rec, need);
        if (!nr)
            return MG_ERR_NOMEM;
        l->rec = nr;
        l->caprec = need;
    }
    p = l->rec;
    memcpy(p, &code, 2);
    p[2] = (unsigned char)f->severity;
    p[3] = (unsigned char)(f->file + 1);
    memcpy(p + 4, &line, 8);
    memcpy(p + 12, &seq, 8);
    p = fd_enc_str(p + FD_ENC_FIXED, col, nc);
    p = fd_enc_str(p, a1, n1);
    p = fd_enc_str(p, a2, n2);
    fd_enc_str(p, f->rejection ? raw : NULL, rawlen);
    return sp_put(l->spool, l->rec, need, ei);
}

/* Decode a string at *p (n bytes left); 0 if damaged. */
static int fd_dec_str(const unsigned char **p, size_t *n, const char **s)
{
    uint32_t k;

    if (*n < 4)
        return 0;
    memcpy(&k, *p, 4);
    *p += 4;
    *n -= 4;
    if (k == 0) {
        *s = NULL;
        return 1;
    }
    if (k > *n || (*p)[k - 1] != '\0')
        return 0;
    *s = (const char *)*p;
    *p += k;
    *n -= k;
    return 1;
}

/* Decode a spooled finding; 0 if damaged. */
static int fd_decode(const unsigned char *p, size_t n, finding *f)
{
    uint16_t code;
    int64_t line;
    uint64_t seq;

    if (n < FD_ENC_FIXED)
        return 0;
    memcpy(&code, p, 2);
    memcpy(&line, p + 4, 8);
    memcpy(&seq, p + 12, 8);
    if (code >= FD_COUNT || p[2] > FD_INFO)
        return 0;
    f->code = (fd_code)code;
    f->severity = (fd_severity)p[2];
    f->file = (int)p[3] - 1;
    f->line = (long)line;
    f->seq = (size_t)seq;
    p += FD_ENC_FIXED;
    n -= FD_ENC_FIXED;
    return fd_dec_str(&p, &n, &f->column) && fd_dec_str(&p, &n, &f->a1) && fd_dec_str(&p, &n, &f->a2) &&
           fd_dec_str(&p, &n, &f->raw) && n == 0;
}

/* Settle the held findings of a row: spooled when rejected, else listed. */
mg_error fd_row_end(fd_list *l, mg_pool *pool, int reject, const char *raw, size_t rawlen, mg_errinfo *ei)
{
    const char *praw = NULL;
    mg_error err = MG_OK;
    size_t i, j;

    l->row_open = 0;
    if (reject && l->spool) {
        /* fd_sort's order within the row: code, then order of making */
        for (i = 1; i < l->nrow; i++)
            for (j = i; j > 0 && l->row[j - 1].code > l->row[j].code; j--) {
                fd_pending t = l->row[j];
                l->row[j] = l->row[j - 1];
                l->row[j - 1] = t;
            }
        for (i = 0; i < l->nrow && !err; i++)
            err = fd_spool_one(l, &l->row[i], raw ? raw : "", rawlen, ei);
    } else {
        for (i = 0; i < l->nrow && !err; i++) {
            const fd_pending *f = &l->row[i];
            finding *g;
            if (f->rejection && !praw && !(praw = pool_strndup(pool, raw ? raw : "", rawlen)))
                err = MG_ERR_NOMEM;
            else if (!mg_grow((void **)&l->v, l->n, &l->cap, sizeof *l->v, 64))
                err = MG_ERR_NOMEM;
            if (err)
                break;
            g = &l->v[l->n];
            g->code = f->code;
            g->severity = f->severity;
            g->file = f->file;
            g->line = f->line;
            g->column = f->column;
            g->a1 = f->a1 ? pool_strdup(pool, l->text + f->a1 - 1) : NULL;
            g->a2 = f->a2 ? pool_strdup(pool, l->text + f->a2 - 1) : NULL;
            g->raw = f->rejection ? praw : NULL;
            g->seq = f->seq;
            if ((f->a1 && !g->a1) || (f->a2 && !g->a2))
                err = MG_ERR_NOMEM;
            else
                l->n++;
        }
    }
    l->nrow = 0;
    l->ntext = 0;
    return err;
}

/* The distinct codes of the held findings, by name, joined by ", ". */
void fd_row_codes(const fd_list *l, char *buf, size_t size)
{
    const char *names[FD_COUNT];
    size_t n = 0, i, j;
    unsigned char seen[FD_COUNT] = {0};

    if (size == 0)
        return;
    buf[0] = '\0';
    for (i = 0; i < l->nrow; i++)
        if (!seen[l->row[i].code]) {
            seen[l->row[i].code] = 1;
            names[n++] = fd_def_get(l->row[i].code)->code;
        }
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    for (i = 0; i < n; i++) {
        size_t k = strlen(buf);
        snprintf(buf + k, size - k, "%s%s", k ? ", " : "", names[i]);
    }
}

/* The most severe severity among the findings of a code. */
fd_severity fd_worst(const fd_list *l, fd_code code)
{
    unsigned m = (int)code >= 0 && code < FD_COUNT ? l->sevmask[code] : 0;

    return (m & 1u) ? FD_FOUT : (m & 2u) ? FD_WAARSCHUWING : FD_INFO;
}

/* Free the list's arrays and its spool. */
void fd_list_clear(fd_list *l)
{
    if (!l)
        return;
    free(l->v);
    free(l->row);
    free(l->text);
    free(l->rec);
    sp_free(l->spool);
    memset(l, 0, sizeof *l);
}

/* Format a finding's message, substituting %1 and %2. */
char *fd_format(const finding *f, mg_lang lang, char *buf, size_t size)
{
    const fd_def *d = fd_def_get(f->code);
    const char *s = lang == LANG_EN ? d->msg_en : d->msg_nl;
    size_t o = 0;

    if (size == 0)
        return buf;
    for (; *s && o + 1 < size; s++) {
        if (s[0] == '%' && (s[1] == '1' || s[1] == '2')) {
            const char *a = s[1] == '1' ? f->a1 : f->a2;
            if (!a)
                a = "";
            while (*a && o + 1 < size)
                buf[o++] = *a++;
            s++;
        } else {
            buf[o++] = *s;
        }
    }
    buf[o] = '\0';
    return buf;
}

/* Number of findings, listed and spooled: as many as an iteration (fd_iter_next) gives. */
size_t fd_total(const fd_list *l)
{
    return l->n + (l->spool ? sp_count(l->spool) : 0);
}

/* Number of findings of a severity. */
size_t fd_count_severity(const fd_list *l, fd_severity sev)
{
    return (int)sev >= 0 && sev <= FD_INFO ? l->nsev[sev] : 0;
}

/* Order of two findings: file, line, code, then list position. */
static int fd_cmp(const void *a, const void *b)
{
    const finding *x = a, *y = b;

    if (x->file != y->file)
        return x->file < y->file ? -1 : 1;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->code != y->code)
        return x->code < y->code ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Sort findings by file, line, code; equal keys keep their order. */
void fd_sort(fd_list *l)
{
    if (l->n > 1)
        qsort(l->v, l->n, sizeof *l->v, fd_cmp);
}

/* Read the next spooled finding into it->sp (have_sp 0 at the end). */
static mg_error fd_iter_load(fd_iter *it, mg_errinfo *ei)
{
    const void *d;
    size_t n;
    mg_error err;

    it->have_sp = 0;
    if (!it->r)
        return MG_OK;
    err = sp_next(it->r, &d, &n, ei);
    if (err || !d)
        return err;
    if (!fd_decode(d, n, &it->sp))
        return MG_FAIL(ei, MG_ERR_INTERNAL, "", 0, MSG_FINDINGS_DAMAGED);
    it->have_sp = 1;
    return MG_OK;
}

/* Start an iteration. */
mg_error fd_iter_begin(fd_iter *it, const fd_list *l, mg_errinfo *ei)
{
    memset(it, 0, sizeof *it);
    it->l = l;
    if (l->spool && sp_count(l->spool)) {
        it->r = sp_reader_new(l->spool);
        if (!it->r)
            return MG_FAIL(ei, MG_ERR_NOMEM, "", 0, MSG_OUT_OF_MEMORY);
    }
    return MG_OK;
}

/* The next finding. */
mg_error fd_iter_next(fd_iter *it, const finding **f, mg_errinfo *ei)
{
    *f = NULL;
    if (it->r && !it->have_sp) { /* the spooled finding returned last time is used up (or none read yet) */
        mg_error err = fd_iter_load(it, ei);
        if (err)
            return err;
        if (!it->have_sp) {
            sp_reader_free(it->r);
            it->r = NULL;
        }
    }
    if (it->have_sp && (it->i >= it->l->n || fd_cmp(&it->sp, &it->l->v[it->i]) < 0)) {
        it->have_sp = 0;
        *f = &it->sp;
    } else if (it->i < it->l->n) {
        *f = &it->l->v[it->i++];
    }
    return MG_OK;
}

/* End an iteration. */
void fd_iter_end(fd_iter *it)
{
    sp_reader_free(it->r);
    it->r = NULL;
}

/* Copy a string into the group text; its offset + 1 (0 for NULL), or (size_t)-1 when out of memory. */
static size_t fd_grp_text(fd_rej_iter *it, const char *s)
{
    size_t n, off;

    if (!s)
        return 0;
    n = strlen(s) + 1;
    if (it->ngtext + n > it->capgtext) {
        size_t ncap = it->capgtext ? it->capgtext : 4096;
        char *nt;
        while (ncap < it->ngtext + n)
            ncap *= 2;
        if (!(nt = realloc(it->gtext, ncap)))
            return (size_t)-1;
        it->gtext = nt;
        it->capgtext = ncap;
    }
    off = it->ngtext;
    memcpy(it->gtext + off, s, n);
    it->ngtext += n;
    return off + 1;
}

/* Add a copy of a rejection to the group. */
static mg_error fd_grp_add(fd_rej_iter *it, const finding *f)
{
    size_t *o;

    if (it->ngrp == it->capgrp) {
        size_t ncap = it->capgrp ? it->capgrp * 2 : 8;
        finding *ng = realloc(it->grp, ncap * sizeof *ng);
        size_t *no;
        if (!ng)
            return MG_ERR_NOMEM;
        it->grp = ng;
        if (!(no = realloc(it->goff, ncap * 4 * sizeof *no)))
            return MG_ERR_NOMEM;
        it->goff = no;
        it->capgrp = ncap;
    }
    it->grp[it->ngrp] = *f;
    o = &it->goff[it->ngrp * 4];
    o[0] = fd_grp_text(it, f->column);
    o[1] = fd_grp_text(it, f->a1);
    o[2] = fd_grp_text(it, f->a2);
    o[3] = fd_grp_text(it, f->raw);
    if (o[0] == (size_t)-1 || o[1] == (size_t)-1 || o[2] == (size_t)-1 || o[3] == (size_t)-1)
        return MG_ERR_NOMEM;
    it->ngrp++;
    return MG_OK;
}

/* Start an iteration over rejections. */
mg_error fd_rej_begin(fd_rej_iter *it, const fd_list *l, mg_errinfo *ei)
{
    memset(it, 0, sizeof *it);
    return fd_iter_begin(&it->it, l, ei);
}

/* Gather the rejections of the next line with any, sorted by order of making. */
static mg_error fd_rej_group(fd_rej_iter *it, mg_errinfo *ei)
{
    const finding *f = it->ahead;
    mg_error err;
    size_t i, j;

    it->ngrp = it->pos = it->ngtext = 0;
    it->ahead = NULL;
    for (;;) {
        if (!f && (err = fd_iter_next(&it->it, &f, ei)) != MG_OK)
            return err;
        if (!f)
            break;
        if (f->raw) {
            if (it->ngrp && (f->file != it->grp[0].file || f->line != it->grp[0].line)) {
                it->ahead = f; /* stays valid: the iterator is not moved until the next group */
                break;
            }
            if ((err = fd_grp_add(it, f)) != MG_OK)
                return err;
        }
        f = NULL;
    }
    for (i = 0; i < it->ngrp; i++) {
        const size_t *o = &it->goff[i * 4];
        finding *g = &it->grp[i];
        g->column = o[0] ? it->gtext + o[0] - 1 : NULL;
        g->a1 = o[1] ? it->gtext + o[1] - 1 : NULL;
        g->a2 = o[2] ? it->gtext + o[2] - 1 : NULL;
        g->raw = o[3] ? it->gtext + o[3] - 1 : NULL;
    }
    for (i = 1; i < it->ngrp; i++)
        for (j = i; j > 0 && it->grp[j - 1].seq > it->grp[j].seq; j--) {
            finding t = it->grp[j];
            it->grp[j] = it->grp[j - 1];
            it->grp[j - 1] = t;
        }
    return MG_OK;
}

/* The next rejection. */
mg_error fd_rej_next(fd_rej_iter *it, const finding **f, mg_errinfo *ei)
{
    *f = NULL;
    if (it->pos == it->ngrp) {
        mg_error err;
        if (it->started && !it->ahead)
            return MG_OK;
        it->started = 1;
        if ((err = fd_rej_group(it, ei)) != MG_OK)
            return err;
        if (it->ngrp == 0)
            return MG_OK;
    }
    *f = &it->grp[it->pos++];
    return MG_OK;
}

/* End an iteration over rejections. */
void fd_rej_end(fd_rej_iter *it)
{
    fd_iter_end(&it->it);
    free(it->grp);
    free(it->goff);
    free(it->gtext);
    memset(it, 0, sizeof *it);
}
