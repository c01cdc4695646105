/* test_rules.c — the rules behind the findings, one small portfolio per row, through validate, resolve and
 * route. */
#include "testutil.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "config.h"
#include "ident.h"
#include "model.h"
#include "resolve.h"
#include "route.h"
#include "validate.h"

#define U_HDR "gebruikersnaam;naam;email;rol;eh_niveau;status\n"
#define U_BASE U_HDR "bea;Bea Beheer;bea@kantoor.nl;beheerder;EH3;actief\n"
#define W_HDR                                                                                                \
    "loonheffingennummer;naam;kvk;status;opvolger;reden;open_meldingen;eigenrisicodrager;eh_leverancier;"    \
    "eh_niveau;vertegenwoordiger;groep;land\n"
#define M_HDR "gebruikersnaam;loonheffingennummer;dienst;ingangsdatum;einddatum\n"

/* Invisible characters in UTF-8: zero-width space, right-to-left mark and override, word joiner, BOM. */
#define ZWSP "\xE2\x80\x8B"
#define RLM "\xE2\x80\x8F"
#define RLO "\xE2\x80\xAE"
#define WJ "\xE2\x81\xA0"
#define BOM "\xEF\xBB\xBF"

/* Valid LHNs (11-proof) used below. */
#define L1 "004495445L01"
#define L2 "111222333L02"
#define L3 "123456782L01"
#define L4 "111222333L01"
#define L5 "004495445L02"

/*
 * One rule case. Expectations are lists separated by ',':
 *   findings: CODE@FILE:LINE (FILE g, w, m or i for portfolio.ini; LINE 0 = none) — must be present
 *   absent:   CODE — must not be made at all
 *   ledger:   FILE:LINE=OUTCOME
 *   routes:   KVK=ROUTE[:svc+svc] — the request of a client KvK
 *   follow:   LHN=KIND[>OPVOLGER]
 *   actions:  USER=ACTION
 *   routes also KVK=none (no request at all) and ROUTE/ja or ROUTE/nee (whether it is compleet)
 * The intermediary's supplier (KPN) takes requests as zelfde-leverancier in every case but those named in
 * case_portals, so the cases do not depend on what formats/leveranciers.ini says about KPN.
 */
typedef struct rule_case {
    const char *name;
    const char *ini_extra;
    const char *users, *emps, *grants;
    const char *findings, *absent, *ledger, *routes, *follow, *actions;
} rule_case;

/* The cases whose intermediary's supplier has another portaal_voor. */
static const struct {
    const char *name;
    cat_portal portal;
} case_portals[] = {
    {"portal for every client", CAT_PORTAAL_ALLE},
    {"portal for no client", CAT_PORTAAL_GEEN},
};

/* werkgevers.csv with the columns of the signers and of the client's own eHerkenning. */
#define W2_HDR                                                                                               \
    "loonheffingennummer;naam;kvk;status;eigenrisicodrager;eh_leverancier;eh_niveau;vertegenwoordiger;"      \
    "vertegenwoordiger_email;bevoegdheid;rechtsvorm\n"

static const rule_case cases[] = {
    {"lhn rules", NULL, U_BASE,
     W_HDR "123456789L01;Fout;12345678;;;;;;;;;;\n" L1 ";Goed;12345678;;;;;;;;;;\n"
           "004495445L00;Nul;12345678;;;;;;;;;;\n"
           "4495445L01;Kort;12345678;;;;;;;;;;\n",
     M_HDR "bea;004.495.445-l01;verzuim;;\n", "lhn-checksum@w:2,lhn-subnumber@w:4,lhn-format@w:5", NULL,
     "w:2=afgewezen,w:3=gebruikt,m:2=gebruikt", "12345678=formulier:verzuim", NULL, NULL},
    {"kvk rules", NULL, U_BASE, W_HDR L1 ";Zeven;1234567;;;;;;;;Kees;;\n" L2 ";Tien;1234567890;;;;;;;;;;\n",
     M_HDR "bea;" L1 ";verzuim;;\n", "kvk-leading-zero@w:2,kvk-format@w:3", NULL,
     "w:2=gebruikt,w:3=afgewezen", "01234567=formulier:verzuim", NULL, NULL},
    {"dates", NULL, U_BASE, W_HDR L1 ";A;12345678;;;;;;;;Kees;;\n",
     M_HDR "bea;" L1 ";verzuim;2019-02-30;\nbea;" L1 ";ontslag;1-11-2019;31.12.2030\nbea;" L1
           ";bezwaar;;12/31/2020\nbea;" L1 ";uitkering;01/11/2019;2026-11-17\n",
     "date-format@m:2,date-format@m:4,grant-ended@m:5", NULL,
     "m:2=afgewezen,m:3=gebruikt,m:4=afgewezen,m:5=overgeslagen", "12345678=formulier:ontslag", NULL, NULL},
    {"users", NULL,
     U_HDR
     "bea;Bea;bea@k.nl;beheerder;EH3;\nbea;Bea "
     "twee;b2@k.nl;;EH3;\njan;Jan;jan@k.nl;;EH2;\nkim;Kim;kim@k.nl;;EH2+;\n"
     "oud;Oud;oud@k.nl;;EH1;\nnul;Nul;nul@k.nl;;geen;\nleeg;Leeg;leeg@k.nl;;;\nblok;Blok;blok@k.nl;;EH3;"
     "geblokkeerd\n"
     "administratie;Administratie;adm@k.nl;;EH2;\npiet;Piet;same@k.nl;;EH3;\nklaas;Klaas;SAME@k.nl;;EH3;\n",
     W_HDR L1 ";A;12345678;;;;;;KPN;EH3;;;\n",
     M_HDR "blok;" L1 ";verzuim;;\nonbekend;" L1 ";verzuim;;\njan;" L1 ";verzuim;;\n",
     "user-duplicate@g:3,user-level-low@g:4,user-level-low@g:5,user-level-low@g:6,user-no-means@g:7,user-no-"
     "means@g:8,"
     "user-blocked@g:9,user-shared-account@g:10,user-level-low@g:10,user-shared-account@g:11,user-shared-"
     "account@g:12,user-unknown@m:3",
     "no-beheerder", "g:3=afgewezen,m:2=overgeslagen,m:3=afgewezen,m:4=gebruikt",
     "12345678=beheermodule:verzuim", NULL,
     "bea=geen,jan=verhogen-naar-eh3,kim=verhogen-naar-eh3,oud=nieuw-middel,nul=eh3-aanvragen,leeg=eh3-"
     "aanvragen,"
     "blok=geblokkeerd,administratie=persoonlijk-middel,piet=persoonlijk-middel,klaas=persoonlijk-middel"},
    {"no beheerder", NULL, U_HDR "bea;Bea;bea@k.nl;beheerder;EH2;\njan;Jan;jan@k.nl;gebruiker;EH3;\n",
     W_HDR L1 ";A;12345678;;;;;;;;K;;\n", M_HDR, "no-beheerder@g:0", NULL, NULL, "12345678=geen", NULL, NULL},
    {"services", NULL, U_BASE,
     W_HDR L1 ";Geen ERD;12345678;;;;;nee;;;K;;\n" L2 ";ERD;87654321;;;;;WGA, WW;;;K;;\n",
     M_HDR "bea;" L1 ";erd-financieel;;\nbea;" L1 ";Verzuim melden;;\nbea;" L2 ";erd-financieel;;\nbea;" L2
           ";erd-reintegratie-ww;;\nbea;" L2 ";verzuimm;;\nbea;" L2 ";erd-controle;;\n",
     "service-erd-only@m:2,service-unknown@m:6", NULL,
     "m:2=overgeslagen,m:3=gebruikt,m:4=gebruikt,m:5=gebruikt,m:6=afgewezen,m:7=gebruikt",
     "12345678=formulier:verzuim,87654321=formulier:erd-financieel+erd-reintegratie-ww+erd-controle", NULL,
     NULL},
    {"employers", NULL, U_BASE,
     W_HDR L1 ";A;12345678;;;;;;;;K;;\n" L1 ";A;12345678;;;;;;;;K;;\n" L1 ";Anders;12345678;;;;;;;;K;;\n" L2
              ";Geen KvK;;;;;;;;;;;\n" L3 ";Buitenland;;;;;;;;;;;DE\n",
     M_HDR "bea;" L4 ";verzuim;;\nbea;" L2 ";verzuim;;\nbea;" L1 ";verzuim;;\nbea;" L1 ";verzuim;;\n",
     "employer-duplicate@w:3,employer-duplicate@w:4,no-kvk@w:5,foreign-employer@w:6,employer-unknown@m:2,"
     "duplicate-grant@m:5",
     NULL,
     "w:2=gebruikt,w:3=dubbel,w:4=afgewezen,w:5=gebruikt,w:6=gebruikt,m:2=afgewezen,m:3=overgeslagen,"
     "m:4=gebruikt,m:5=dubbel",
     "12345678=formulier:verzuim", L2 "=no-kvk," L3 "=foreign-employer", NULL},
    {"successor chain", NULL, U_BASE,
     W_HDR L1 ";A;11111111;inactief;" L2 ";fusie;3;;;;;;\n" L2 ";B;22222222;inactief;" L3
              ";overname;0;;;;;;\n" L3 ";C;33333333;;;;;;;;K;;\n" L4
              ";D;44444444;inactief;;beeindigd;2;;;;;;\n" L5
              ";E;55555555;inactief;999999990L01;fusie;1;;;;;;\n",
     M_HDR "bea;" L1 ";verzuim;;\nbea;" L4 ";verzuim;;\nbea;" L3 ";ontslag;;\nbea;" L5 ";ontslag;;\nbea;" L2
           ";verzuim;;\n",
     "inactive@w:2,transfer-reports@w:2,grant-moved@m:2,reports-unreachable@w:5,grant-dropped@m:3,"
     "duplicate-grant@m:6,successor-unknown@w:6,transfer-reports@w:6,grant-dropped@m:5",
     "grant-moved@m:6",
     "w:2=gebruikt,w:3=overgeslagen,w:4=gebruikt,w:5=gebruikt,m:2=verplaatst,m:3=overgeslagen,m:4=gebruikt,"
     "m:6=dubbel",
     "33333333=formulier:verzuim+ontslag",
     L1 "=transfer-reports>" L3 "," L4 "=reports-unreachable," L5 "=successor-unknown>999999990L01," L5
        "=transfer-reports>999999990L01",
     NULL},
    /*
     * The reason rule: an inactive number with a successor and open reports asks UWV to move them, whatever
     * the reason (fusie, overname, rechtsvormwijziging, splitsing, free text, none; also beeindigd, which
     * contradicts the successor: successor-reason-conflict at the reden column); without a successor they
     * are out of reach, whatever the reason.
     */
    {"reasons", NULL, U_BASE,
     W_HDR "200000007L01;Fusie;11111111;inactief;800000006L01;fusie;2;;;;;;\n"
           "300000005L01;Overname;11111111;inactief;800000006L01;overname;1;;;;;;\n"
           "400000003L01;Rechtsvorm;11111111;inactief;800000006L01;rechtsvormwijziging;3;;;;;;\n"
           "500000001L01;Splitsing;11111111;inactief;800000006L01;Splitsing;1;;;;;;\n"
           "600000011L01;Vrij;11111111;inactief;800000006L01;verkocht aan Jansen;1;;;;;;\n"
           "700000008L01;Leeg;11111111;inactief;800000006L01;;1;;;;;;\n" L4
           ";Beeindigd;11111111;inactief;800000006L01;beeindigd;1;;;;;;\n" L5
           ";Zonder;11111111;inactief;;fusie;2;;;;;;\n" L1 ";Gestopt;11111111;inactief;;beeindigd;1;;;;;;\n"
           "800000006L01;Opvolger;11111111;;;;;;;;K;;\n" L3
           ";Geen meldingen;11111111;inactief;800000006L01;Beëindigd;0;;;;;;\n",
     M_HDR,
     "transfer-reports@w:2,transfer-reports@w:3,transfer-reports@w:4,transfer-reports@w:5,transfer-reports@w:"
     "6,"
     "transfer-reports@w:7,transfer-reports@w:8,successor-reason-conflict@w:8,reports-unreachable@w:9,"
     "reports-unreachable@w:10,successor-reason-conflict@w:12",
     "reports-unreachable@w:2,reports-unreachable@w:4,reports-unreachable@w:6,reports-unreachable@w:7,"
     "successor-reason-conflict@w:2,successor-reason-conflict@w:9,successor-reason-conflict@w:10,"
     "transfer-reports@w:9,transfer-reports@w:10,transfer-reports@w:12",
     "w:2=gebruikt,w:7=gebruikt,w:8=gebruikt,w:9=gebruikt,w:10=gebruikt,w:11=gebruikt,w:12=overgeslagen",
     NULL,
     "200000007L01=transfer-reports>800000006L01,300000005L01=transfer-reports>800000006L01,"
     "400000003L01=transfer-reports>800000006L01,500000001L01=transfer-reports>800000006L01,"
     "600000011L01=transfer-reports>800000006L01,700000008L01=transfer-reports>800000006L01," L4
     "=transfer-reports>800000006L01," L5 "=reports-unreachable," L1 "=reports-unreachable",
     NULL},
    {"cycle", NULL, U_BASE,
     W_HDR L1 ";A;11111111;inactief;" L2 ";fusie;0;;;;;;\n" L2 ";B;11111111;inactief;" L1
              ";fusie;0;;;;;;\n" L3 ";C;11111111;;;;;;;;K;;\n",
     M_HDR "bea;" L1 ";verzuim;;\nbea;" L3 ";ontslag;;\n", "successor-cycle@w:2,successor-cycle@w:3", NULL,
     "w:2=afgewezen,w:3=afgewezen,w:4=gebruikt,m:2=overgeslagen,m:3=gebruikt", "11111111=formulier:ontslag",
     NULL, NULL},
    {"routes", NULL, U_BASE,
     W_HDR L1 ";Beheer;11111111;;;;;;kpn;EH3;;;\n" L2 ";Beheer;11111111;;;;;;;;;;\n" L3
              ";Andere lev;22222222;;;;;;Digidentity;EH3;Vera;;\n" L4
              ";Te laag;33333333;;;;;;KPN;EH2+;;;\n" L5 ";Niets;44444444;;;;;;;;Kees;;\n",
     M_HDR "bea;" L1 ";verzuim;;\nbea;" L2 ";ontslag;;\nbea;" L3 ";verzuim;;\nbea;" L4 ";verzuim;;\n",
     "representative-missing@w:5", "representative-missing@w:4", NULL,
     "11111111=beheermodule:verzuim+ontslag,22222222=formulier:verzuim,33333333=formulier:verzuim,44444444="
     "geen",
     NULL, NULL},
    {"dienstverlener scope", "reikwijdte = dienstverlener\n", U_BASE, W_HDR L1 ";A;11111111;;;;;;;;K;;\n",
     M_HDR "bea;" L1 ";verzuim;;\n", NULL, NULL, NULL,
     "11111111=formulier:verzuim+uitkering+erd-financieel+erd-reintegratie-ww+reintegratie-wia+ontslag+"
     "banenafspraak+"
     "erd-controle+bezwaar",
     NULL, NULL},
    {"groups and formulas", NULL, U_BASE,
     W_HDR L1 ";=HYPERLINK(1);11111111;;;;;;;;K;concern;\n" L2 ";B;22222222;;;;;;;;K;Concern;\n" L3
              ";C;33333333;;;;;;;;K;ander;\n",
     M_HDR "bea;" L1 ";verzuim;;\n", "multi-legal-form@w:2,multi-legal-form@w:3,formula-risk@w:2",
     "multi-legal-form@w:4", NULL, NULL, NULL, NULL},
    {"intermediary level", "", U_BASE, W_HDR, M_HDR, NULL, "intermediary-level", NULL, NULL, NULL, NULL},
    /* One KvK, two companies: both rows rejected with their grants; the same company under a legal-form
     * spelling is no conflict; an inactive row does not count. */
    {"kvk conflict", NULL, U_BASE,
     W2_HDR L1 ";Jansen B.V.;11111111;;;;;K;;;\n" L2 ";jansen  bv;11111111;;;;;K;;;\n" L3
               ";Pietersen;22222222;;;;;K;;;\n" L4 ";Klaassen Transport;22222222;;;;;K;;;\n" L5
               ";Oud en Anders;11111111;inactief;;;;;;;\n",
     M_HDR "bea;" L1 ";verzuim;;\nbea;" L3 ";verzuim;;\nbea;" L4 ";ontslag;;\nbea;" L2 ";ontslag;;\n",
     "kvk-conflict@w:4,kvk-conflict@w:5,employer-rejected@m:3,employer-rejected@m:4",
     "kvk-conflict@w:2,kvk-conflict@w:3,kvk-conflict@w:6",
     "w:2=gebruikt,w:3=gebruikt,w:4=afgewezen,w:5=afgewezen,m:2=gebruikt,m:3=afgewezen,m:4=afgewezen,"
     "m:5=gebruikt",
     "11111111=formulier:verzuim+ontslag,22222222=none", NULL, NULL},
    /* The client's own eHerkenning disagrees between its numbers: the safe route, the form. */
    {"means conflict", NULL, U_BASE,
     W2_HDR L1 ";A;11111111;;;KPN;EH3;K;k@a.nl;;\n" L2 ";A;11111111;;;Digidentity;EH3;K;k@a.nl;;\n" L3
               ";B;22222222;;;KPN;EH3;K;k@b.nl;;\n" L4 ";B;22222222;;;kpn;EH2;K;k@b.nl;;\n" L5
               ";C;33333333;;;KPN;EH3;K;k@c.nl;;\n",
     M_HDR "bea;" L1 ";verzuim;;\nbea;" L3 ";verzuim;;\nbea;" L5 ";verzuim;;\n",
     "kvk-means-conflict@w:2,kvk-means-conflict@w:5", "kvk-means-conflict@w:6", NULL,
     "11111111=formulier/ja,22222222=formulier/ja,33333333=beheermodule/ja", NULL, NULL},
    /* Representatives: a conflict lists both and is not complete; joint signing needs every name; several
     * signers split at ; / & and " en ". */
    {"representatives", NULL, U_BASE,
     W2_HDR L1 ";A;11111111;;;;;Piet;p@a.nl;;\n" L2 ";A;11111111;;;;;Klaas;k@a.nl;;\n" L3
               ";B;22222222;;;;;A. de Wit;w@b.nl;gezamenlijk;\n" L4
               ";C;33333333;;;;;A. de Wit en B. Zwart;w@c.nl; z@c.nl;gezamenlijk;\n" L5
               ";D;44444444;;;;;  piet  jansen / KLAAS;p@d.nl/k@d.nl;Gezamenlijk;\n",
     M_HDR "bea;" L1 ";verzuim;;\nbea;" L3 ";verzuim;;\nbea;" L4 ";verzuim;;\nbea;" L5 ";verzuim;;\n",
     "representative-conflict@w:2,representative-joint-incomplete@w:4",
     "representative-conflict@w:4,representative-conflict@w:5,representative-conflict@w:6,"
     "representative-joint-incomplete@w:5,representative-joint-incomplete@w:6,representative-missing",
     NULL, "11111111=formulier/nee,22222222=formulier/nee,33333333=formulier/ja,44444444=formulier/ja", NULL,
     NULL},
    /* The intermediary's own KvK (99999999 in these cases): no request, route eigen. A sole trader and an
     * unknown supplier of a client: the form, with an info and a warning. */
    {"own organisation, sole trader, unknown supplier", NULL, U_BASE,
     W2_HDR L1
     ";Kantoor;99999999;;;KPN;EH3;K;k@k.nl;;\n" L2 ";Zzp;22222222;;;KPN;EH3;K;k@z.nl;;Eenmanszaak\n" L3
     ";Signi;33333333;;;Signicat;EH3;K;k@s.nl;;B.V.\n" L4 ";Vaag;44444444;;;Leverancier X;EH3;K;k@v.nl;;\n",
     M_HDR "bea;" L1 ";verzuim;;\nbea;" L2 ";verzuim;;\nbea;" L3 ";verzuim;;\nbea;" L4 ";verzuim;;\n",
     "own-organisation@w:2,sole-trader@w:3,client-supplier-unknown@w:5",
     "sole-trader@w:4,client-supplier-unknown@w:4,client-supplier-unknown@w:2,representative-missing",
     "w:2=gebruikt,m:2=gebruikt", "99999999=eigen:verzuim,22222222=beheermodule,44444444=formulier", NULL,
     NULL},
    /* Eigenrisicodrager services: an empty column keeps the grant with one warning per employer naming the
     * services; "geen" is an answer and drops it. */
    {"eigenrisicodrager unconfirmed", NULL, U_BASE,
     W2_HDR L1 ";A;11111111;;;;;K;;;\n" L2 ";B;22222222;;geen;;;K;;;\n" L3 ";C;33333333;;WGA;;;K;;;\n",
     M_HDR "bea;" L1 ";erd-financieel;;\njan;" L1 ";erd-controle;;\nbea;" L1 ";erd-financieel;;\nbea;" L2
           ";erd-financieel;;\nbea;" L3 ";erd-reintegratie-ww;;\nbea;" L3 ";erd-financieel;;\n",
     "service-erd-unconfirmed@w:2,service-erd-only@m:5,service-erd-only@m:6", "service-erd-unconfirmed@w:3",
     "m:2=gebruikt,m:4=dubbel,m:5=overgeslagen,m:6=overgeslagen,m:7=gebruikt",
     "11111111=formulier:erd-financieel,33333333=formulier:erd-financieel", NULL, NULL},
    /* A supplier that takes requests for any client in its portal (portaal_voor = alle): every client with a
     * representative's e-mail, unless the representatives disagree or joint signing lacks a name. */
    {"portal for every client", NULL, U_BASE,
     W2_HDR L1 ";A;11111111;;;;;K;k@a.nl;;\n" L2 ";B;22222222;;;Digidentity;EH3;K;;;\n" L3
               ";C;33333333;;;;;Piet;p@c.nl;;\n" L5 ";C;33333333;;;;;Klaas;k@c.nl;;\n" L4
               ";D;44444444;;;;;Piet;p@d.nl;gezamenlijk;\n",
     M_HDR "bea;" L1 ";verzuim;;\nbea;" L2 ";verzuim;;\nbea;" L3 ";verzuim;;\nbea;" L4 ";verzuim;;\n",
     "representative-conflict@w:5,representative-joint-incomplete@w:6", NULL, NULL,
     "11111111=beheermodule/ja,22222222=formulier/ja,33333333=formulier/nee,44444444=formulier/nee", NULL,
     NULL},
    /* A supplier without a portal for requests (geen, onbekend): every request takes the form. */
    {"portal for no client", NULL, U_BASE, W2_HDR L1 ";A;11111111;;;KPN;EH3;K;k@a.nl;;\n",
     M_HDR "bea;" L1 ";verzuim;;\n", NULL, NULL, NULL, "11111111=formulier/ja", NULL, NULL},

    /*
     * Invisible characters: an error in identifiers and users' names, which are compared without them, so
     * "jan<ZWSP>" is a duplicate of "jan" (the later row is rejected, whichever of the two it is) and a grant
     * for "j<ZWSP>an" names the user jan but is rejected rather than silently given to jan; a warning in an
     * employer's name (kept).
     */
    {"invisible characters", NULL,
     U_BASE "jan;Jan;jan@k.nl;;EH3;\njan" ZWSP ";Jan twee;j2@k.nl;;EH3;\nkim;Kim" RLM ";kim@k.nl;;EH3;\n" ZWSP
            "piet;Piet;piet@k.nl;;EH3;\npiet;Piet;p2@k.nl;;EH3;\n",
     W_HDR L1 ";A" RLO ";12345678;;;;;;;;Kees;;\n" L2 ";B;1234" WJ "5678;;;;;;;;Kees;;\n" L4
              ";C;23456789;;" L2 BOM ";fusie;;;;;Kees;;\n",
     M_HDR "j" ZWSP "an;" L1 ";verzuim;;\nbea;" L1 ";verzuim;;\njan;" L1 ";ontslag;;\n",
     "invisible-character@g:4,user-duplicate@g:4,invisible-character@g:5,invisible-character@g:6,"
     "invisible-character@w:2,invisible-character@w:3,invisible-character@w:4,invisible-character@m:2",
     "user-unknown,kvk-format,lhn-format,user-duplicate@g:7",
     "g:3=gebruikt,g:4=afgewezen,g:5=afgewezen,g:6=afgewezen,g:7=gebruikt,w:2=gebruikt,w:3=afgewezen,"
     "w:4=afgewezen,m:2=afgewezen,m:3=gebruikt,m:4=gebruikt",
     "12345678=formulier:verzuim+ontslag", NULL, NULL},
    /* Control characters: a warning; line breaks and tabs in names are read as a space, with the finding. */
    {"control characters", NULL, U_BASE "jan;Jan\x1b[2J;jan@k.nl;;EH3;\nkim;Kim;kim\x07@k.nl;;EH3;\n",
     W_HDR L1 ";\"A\nB\";12345678;;;;;;;;Kees\tSmit;;\n" L2 ";B\xEF\xBF\xBE;23456789;;;;;;;;Kees;;\n",
     M_HDR "bea;" L1 ";verzuim;;\n",
     "control-character@g:3,control-character@g:4,control-character@w:2,control-character@w:4", NULL,
     "g:3=gebruikt,g:4=gebruikt,w:2=gebruikt,w:4=gebruikt,m:2=gebruikt", "12345678=formulier:verzuim", NULL,
     NULL},
};

/* Write text to dir/name. */
static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    FILE *fp;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    fp = fopen(path, "w");
    assert_non_null(fp);
    assert_int_equal(fputs(text, fp) >= 0, 1);
    assert_int_equal(fclose(fp), 0);
}

/* Letter of a file in expectations. */
static int file_of(char c)
{
    return c == 'g' ? SC_GEBRUIKERS : c == 'w' ? SC_WERKGEVERS : c == 'm' ? SC_MACHTIGINGEN : FD_FILE_INI;
}

/* 1 if a finding with this code (and, when file >= -1, file and line) was made. */
static int has_finding(const mg_portfolio *p, const char *code, int file, long line)
{
    for (size_t i = 0; i < p->findings.n; i++) {
        const finding *f = &p->findings.v[i];
        if (strcmp(fd_def_get(f->code)->code, code))
            continue;
        if (file < -1 || (f->file == file && f->line == line))
            return 1;
    }
    return 0;
}

/* Print all findings (for a failing case). */
static void dump(const mg_portfolio *p)
{
    char msg[512];

    for (size_t i = 0; i < p->findings.n; i++)
        print_message("  %s %d:%ld %s\n", fd_def_get(p->findings.v[i].code)->code, p->findings.v[i].file,
                      p->findings.v[i].line, fd_format(&p->findings.v[i], 0, msg, sizeof msg));
}

/* Check one comma-separated expectation list with a per-item function. */
static void each(const char *list, void (*fn)(const mg_portfolio *, const catalog *, const char *),
                 const mg_portfolio *p, const catalog *cat)
{
    char buf[4096], *save = NULL, *tok;

    if (!list)
        return;
    snprintf(buf, sizeof buf, "%s", list);
    for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
        fn(p, cat, tok);
}

/* CODE@F:LINE must be present. */
static void want_finding(const mg_portfolio *p, const catalog *cat, const char *item)
{
    char code[64], f;
    long line;

    (void)cat;
    assert_int_equal(sscanf(item, "%63[^@]@%c:%ld", code, &f, &line), 3);
    if (!has_finding(p, code, file_of(f), line)) {
        dump(p);
        fail_msg("missing finding %s", item);
    }
}

/* CODE (or CODE@F:LINE) must be absent. */
static void want_absent(const mg_portfolio *p, const catalog *cat, const char *item)
{
    char code[64], f;
    long line;

    (void)cat;
    if (sscanf(item, "%63[^@]@%c:%ld", code, &f, &line) == 3) {
        if (has_finding(p, code, file_of(f), line))
            fail_msg("unexpected finding %s", item);
    } else if (has_finding(p, item, -2, 0)) {
        dump(p);
        fail_msg("unexpected finding %s", item);
    }
}

/* F:LINE=OUTCOME in the ledger. */
static void want_ledger(const mg_portfolio *p, const catalog *cat, const char *item)
{
    char f, oc[32];
    long line;
    const mg_ledger *l;

    (void)cat;
    assert_int_equal(sscanf(item, "%c:%ld=%31s", &f, &line, oc), 3);
    l = &p->ledger[file_of(f)];
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].line == line) {
            if (strcmp(mg_outcome_name((mg_outcome)l->v[i].outcome), oc))
                fail_msg("%s: got %s", item, mg_outcome_name((mg_outcome)l->v[i].outcome));
            return;
        }
    fail_msg("no ledger line for %s", item);
}

/* KVK=ROUTE[:svc+svc][/ja|/nee] for a request; KVK=none: no request. */
static void want_route(const mg_portfolio *p, const catalog *cat, const char *item)
{
    char kvk[16], route[32], svcs[512] = "", complete[8] = "";
    uint64_t want = 0;
    char *save = NULL, *s, *slash;

    assert_true(sscanf(item, "%15[^=]=%31[^:/]", kvk, route) == 2);
    slash = strchr(item, '/');
    if (slash)
        snprintf(complete, sizeof complete, "%s", slash + 1);
    if (strchr(item, ':'))
        sscanf(strchr(item, ':') + 1, "%511[^/]", svcs);
    if (!strcmp(route, "none")) {
        for (size_t i = 0; i < p->nrequests; i++)
            if (!strcmp(p->requests[i].kvk, kvk))
                fail_msg("a request for %s (route %s), want none", kvk, mg_route_name(p->requests[i].route));
        return;
    }
    for (s = strtok_r(svcs, "+", &save); s; s = strtok_r(NULL, "+", &save)) {
        const cat_service *svc = cat_service_find(cat, s, strlen(s));
        assert_non_null(svc);
        want |= (uint64_t)1 << cat_service_index(cat, svc);
    }
    for (size_t i = 0; i < p->nrequests; i++)
        if (!strcmp(p->requests[i].kvk, kvk)) {
            if (strcmp(mg_route_name(p->requests[i].route), route)) {
                dump(p);
                fail_msg("%s: route %s", item, mg_route_name(p->requests[i].route));
            }
            if (svcs[0] || want)
                assert_int_equal(p->requests[i].services, want);
            if (complete[0])
                assert_string_equal(p->requests[i].complete ? "ja" : "nee", complete);
            return;
        }
    fail_msg("no request for %s", item);
}

/* LHN=KIND[>OPVOLGER] among the follow-ups. */
static void want_follow(const mg_portfolio *p, const catalog *cat, const char *item)
{
    static const char *const kinds[FU_COUNT] = {"transfer-reports", "reports-unreachable", "no-kvk",
                                                "foreign-employer", "successor-unknown"};
    char lhn[16], kind[32], opv[16] = "";

    (void)cat;
    assert_true(sscanf(item, "%15[^=]=%31[^>]>%15s", lhn, kind, opv) >= 2);
    for (size_t i = 0; i < p->nfollowups; i++)
        if (!strcmp(p->followups[i].lhn, lhn) && !strcmp(kinds[p->followups[i].kind], kind)) {
            if (opv[0])
                assert_string_equal(p->followups[i].opvolger, opv);
            return;
        }
    fail_msg("no follow-up %s", item);
}

/* USER=ACTION. */
static void want_action(const mg_portfolio *p, const catalog *cat, const char *item)
{
    char user[64], act[32];

    (void)cat;
    assert_int_equal(sscanf(item, "%63[^=]=%31s", user, act), 2);
    for (size_t i = 0; i < p->nusers; i++)
        if (!strcmp(p->users[i]->id, user)) {
            assert_string_equal(mg_action_name(p->users[i]->action), act);
            return;
        }
    fail_msg("no user %s", item);
}

/* The names of a portfolio folder's files. */
static const char *const portfolio_files[] = {"portfolio.ini", "gebruikers.csv", "werkgevers.csv",
                                              "machtigingen.csv"};

/* Remove the files of a portfolio folder, then the folder. */
static void portfolio_remove(const char *dir)
{
    char path[512];

    for (size_t k = 0; k < ARRAY_LEN(portfolio_files); k++) {
        snprintf(path, sizeof path, "%s/%s", dir, portfolio_files[k]);
        unlink(path);
    }
    rmdir(dir);
}

/* Write a portfolio (intermediary at level, then ini_extra) into the new folder dir and validate it into p.
 */
static void portfolio_load(char *dir, const catalog *cat, const char *level, const char *ini_extra,
                           const char *users, const char *emps, const char *grants, mg_config *cfg,
                           mg_portfolio *p)
{
    char ini[1024];
    mg_errinfo ei;

    memset(&ei, 0, sizeof ei);
    assert_non_null(mkdtemp(dir));
    snprintf(ini, sizeof ini,
             "[intermediair]\nnaam = Kantoor\nkvk = 99999999\nleverancier = KPN\neh_niveau = %s\n[migratie]\n"
             "ingangsdatum = 2026-12-01\n%s",
             level, ini_extra ? ini_extra : "");
    write_file(dir, portfolio_files[0], ini);
    write_file(dir, portfolio_files[1], users);
    write_file(dir, portfolio_files[2], emps);
    write_file(dir, portfolio_files[3], grants);
    assert_int_equal(cfg_load(dir, id_days_from_civil(2026, 11, 18), NULL, cfg, &ei), MG_OK);
    if (va_load(cfg, cat, p, NULL, NULL, &ei) != MG_OK)
        fail_msg("va_load: %s:%ld: %s", ei.file, ei.line, ei.msg[LANG_EN]);
}

/* One case of the table (the state): its portfolio through validate, resolve and route, every check. */
static void test_rule_case(void **state)
{
    const rule_case *c = *state;
    catalog *cat = NULL;
    mg_errinfo ei;
    int32_t today = id_days_from_civil(2026, 11, 18);
    char dir[] = "/tmp/mgrules.XXXXXX";
    mg_config cfg;
    mg_portfolio *p = mg_portfolio_new();
    int level_case = !strcmp(c->name, "intermediary level");

    memset(&ei, 0, sizeof ei);
    assert_int_equal(cat_load("formats", &cat, &ei), MG_OK);
    portfolio_load(dir, cat, level_case ? "EH3" : "EH4", c->ini_extra, c->users, c->emps, c->grants, &cfg, p);
    portfolio_remove(dir);
    {
        /* the intermediary's supplier (KPN) takes requests as the case says */
        cat_supplier *kpn = (cat_supplier *)cat_supplier_find(cat, "KPN", 3);
        assert_non_null(kpn);
        kpn->portaal_voor = CAT_PORTAAL_ZELFDE;
        for (size_t k = 0; k < ARRAY_LEN(case_portals); k++)
            if (!strcmp(case_portals[k].name, c->name))
                kpn->portaal_voor = case_portals[k].portal;
    }
    assert_int_equal(rs_resolve(&cfg, cat, today, p), MG_OK);
    assert_int_equal(ro_route(&cfg, cat, p), MG_OK);
    assert_int_equal(ro_check_ledger(p, &ei), MG_OK);
    each(c->findings, want_finding, p, cat);
    each(c->absent, want_absent, p, cat);
    each(c->ledger, want_ledger, p, cat);
    each(c->routes, want_route, p, cat);
    each(c->follow, want_follow, p, cat);
    each(c->actions, want_action, p, cat);
    assert_int_equal(p->blocking, 0);
    mg_portfolio_free(p);
    cfg_clear(&cfg);
    cat_free(cat);
}

/* ---- interne-machtigingen per client KvK, and access-widened ---- */

#define WU U_BASE "jan;Jan;jan@k.nl;;EH3;\nkim;Kim;kim@k.nl;;EH3;\n"
/* One client KvK with two active numbers: L1 (…L01) and L5 (…L02). */
#define W_TWO W_HDR L1 ";A;11111111;;;;;;;;K;;\n" L5 ";A;11111111;;;;;;;;K;;\n"
#define KVK1 "11111111"

/*
 * One interne-machtigingen case. Expectations are lists separated by ' ' (their items hold commas):
 *   rows:    USER/KVK/SERVICE=LHN,LHN[/ja] — exactly the rows of interne-machtigingen (/ja: verbreed)
 *   widened: USER/KVK@LINE — exactly the access-widened findings (machtigingen.csv line)
 *   text:    a piece of the Dutch message of one of the access-widened findings
 *   counts:  USER=KVKS/SERVICES — aantal_werkgevers and aantal_diensten of medewerkers
 */
typedef struct widen_case {
    const char *name, *ini_extra, *emps, *grants;
    const char *rows, *widened, *text, *counts;
} widen_case;

static const widen_case widen_cases[] = {
    {"only the second number of two", NULL, W_TWO, M_HDR "jan;" L5 ";verzuim;;\n",
     "jan/" KVK1 "/verzuim=" L5 "/ja", "jan/" KVK1 "@2",
     "gebruiker 'jan' ziet na de overstap meer loonheffingennummers; had bij KvK " KVK1 " alleen " L5
     " voor verzuim (nu ook " L1 ")",
     "jan=1/1"},
    {"both numbers", NULL, W_TWO, M_HDR "jan;" L5 ";verzuim;;\njan;" L1 ";verzuim;;\n",
     "jan/" KVK1 "/verzuim=" L1 "," L5, "", NULL, "jan=1/1"},
    {"one number per service", NULL, W_TWO,
     M_HDR "kim;" L1 ";verzuim;;\njan;" L5 ";uitkering;;\njan;" L1 ";verzuim;;\n",
     "jan/" KVK1 "/verzuim=" L1 "/ja jan/" KVK1 "/uitkering=" L5 "/ja kim/" KVK1 "/verzuim=" L1 "/ja",
     "kim/" KVK1 "@2 jan/" KVK1 "@3",
     "alleen " L1 " voor verzuim (nu ook " L5 "); " L5 " voor uitkering (nu ook " L1 ")", "jan=1/2,kim=1/1"},
    /* L5 is inactive with successor L1 under the same KvK: grants on it land on L1, and L5 is no number of
     * the request, so only L4 (active, same KvK) can be gained */
    {"inactive number moved to a successor under the same KvK", NULL,
     W_HDR L1 ";A;11111111;;;;;;;;K;;\n" L5 ";A oud;11111111;inactief;" L1 ";fusie;0;;;;;;\n" L4
              ";A;11111111;;;;;;;;K;;\n",
     M_HDR "jan;" L5 ";verzuim;;\nkim;" L5 ";verzuim;;\nkim;" L4 ";verzuim;;\nkim;" L1 ";verzuim;;\n",
     "jan/" KVK1 "/verzuim=" L1 "/ja kim/" KVK1 "/verzuim=" L1 "," L4, "jan/" KVK1 "@2",
     "alleen " L1 " voor verzuim (nu ook " L4 ")", "jan=1/1,kim=1/1"},
    {"inactive number without successor, paper employer, two clients", NULL,
     W_HDR L1 ";A;11111111;;;;;;;;K;;\n" L5 ";A oud;11111111;inactief;;beeindigd;0;;;;;;\n" L2
              ";B;22222222;;;;;;;;K;;\n" L3 ";Papier;;;;;;;;;;;\n",
     M_HDR "jan;" L1 ";verzuim;;\njan;" L2 ";verzuim;;\njan;" L3 ";verzuim;;\njan;" L5 ";uitkering;;\n",
     "jan/" KVK1 "/verzuim=" L1 " jan/22222222/verzuim=" L2, "", NULL, "jan=2/1"},
    {"duplicates", NULL, W_TWO,
     M_HDR "jan;" L5 ";verzuim;;\njan;" L5 ";verzuim;;\njan;" L5 ";uitkering;;\nkim;" L1 ";verzuim;;\nkim;" L5
           ";verzuim;;\nkim;" L5 ";verzuim;;\n",
     "jan/" KVK1 "/verzuim=" L5 "/ja jan/" KVK1 "/uitkering=" L5 "/ja kim/" KVK1 "/verzuim=" L1 "," L5,
     "jan/" KVK1 "@2", "alleen " L5 " voor verzuim, uitkering (nu ook " L1 ")", "jan=1/2,kim=1/1"},
    /* all services for the whole KvK: only the numbers count, over all services together */
    {"dienstverlener scope", "reikwijdte = dienstverlener\n", W_TWO,
     M_HDR "jan;" L1 ";verzuim;;\njan;" L5 ";uitkering;;\nkim;" L5 ";uitkering;;\nkim;" L5 ";verzuim;;\n",
     "jan/" KVK1 "/verzuim=" L1 " jan/" KVK1 "/uitkering=" L5 " kim/" KVK1 "/verzuim=" L5 "/ja kim/" KVK1
     "/uitkering=" L5 "/ja",
     "kim/" KVK1 "@4", "alleen " L5 " voor verzuim, uitkering (nu ook " L1 ")", "jan=1/2,kim=1/2"},
};

/* Split a list on ' ' and check each item. */
static void each_sp(const char *list, void (*fn)(const mg_portfolio *, const catalog *, const char *),
                    const mg_portfolio *p, const catalog *cat)
{
    char buf[4096], *save = NULL, *tok;

    if (!list)
        return;
    snprintf(buf, sizeof buf, "%s", list);
    for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
        fn(p, cat, tok);
}

/* Count the items of a ' '-separated list. */
static size_t count_sp(const char *list)
{
    size_t n = 0;

    for (const char *q = list ? list : ""; *q;) {
        while (*q == ' ')
            q++;
        if (*q)
            n++;
        while (*q && *q != ' ')
            q++;
    }
    return n;
}

/* USER/KVK/SERVICE=LHNS[/ja] is a row of interne-machtigingen. */
static void want_internal(const mg_portfolio *p, const catalog *cat, const char *item)
{
    char user[64], kvk[16], svc[64], lhns[512], *flag;

    assert_int_equal(sscanf(item, "%63[^/]/%15[^/]/%63[^=]=%511s", user, kvk, svc, lhns), 4);
    flag = strchr(lhns, '/');
    if (flag)
        *flag++ = '\0';
    for (size_t i = 0; i < p->ninternals; i++) {
        const mg_internal *in = &p->internals[i];
        if (strcmp(p->users[in->user]->id, user) || strcmp(p->requests[in->request].kvk, kvk) ||
            strcmp(cat->services[in->service].code, svc))
            continue;
        if (strcmp(in->lhns, lhns))
            fail_msg("%s: loonheffingennummers_oud %s", item, in->lhns);
        if (in->widened != (flag && !strcmp(flag, "ja")))
            fail_msg("%s: verbreed %d", item, in->widened);
        return;
    }
    fail_msg("no interne-machtigingen row %s", item);
}

/* USER/KVK@LINE is an access-widened finding on machtigingen.csv. */
static void want_widened(const mg_portfolio *p, const catalog *cat, const char *item)
{
    char user[64], kvk[16], at[32];
    long line;

    (void)cat;
    assert_int_equal(sscanf(item, "%63[^/]/%15[^@]@%ld", user, kvk, &line), 3);
    snprintf(at, sizeof at, "KvK %s ", kvk);
    for (size_t i = 0; i < p->findings.n; i++) {
        const finding *f = &p->findings.v[i];
        if (f->code == FD_ACCESS_WIDENED && f->file == SC_MACHTIGINGEN && f->line == line &&
            !strcmp(f->a1, user) && strstr(f->a2, at))
            return;
    }
    dump(p);
    fail_msg("missing access-widened %s", item);
}

/* USER=KVKS/SERVICES: the counts of medewerkers. */
static void want_counts(const mg_portfolio *p, const catalog *cat, const char *item)
{
    char user[64];
    size_t nk, ns;

    (void)cat;
    assert_int_equal(sscanf(item, "%63[^=]=%zu/%zu", user, &nk, &ns), 3);
    for (size_t i = 0; i < p->nusers; i++)
        if (!strcmp(p->users[i]->id, user)) {
            assert_int_equal(p->users[i]->n_employers, nk);
            assert_int_equal(p->users[i]->n_services, ns);
            return;
        }
    fail_msg("no user %s", item);
}

/* One interne-machtigingen case (the state): rows, access-widened findings and their text, counts. */
static void test_widen_case(void **state)
{
    const widen_case *c = *state;
    catalog *cat = NULL;
    mg_errinfo ei;
    int32_t today = id_days_from_civil(2026, 11, 18);
    char dir[] = "/tmp/mgwiden.XXXXXX", msg[1024];
    mg_config cfg;
    mg_portfolio *p = mg_portfolio_new();
    size_t nwidened = 0;
    int text_seen = c->text == NULL;

    memset(&ei, 0, sizeof ei);
    assert_int_equal(cat_load("formats", &cat, &ei), MG_OK);
    portfolio_load(dir, cat, "EH4", c->ini_extra, WU, c->emps, c->grants, &cfg, p);
    portfolio_remove(dir);
    assert_int_equal(rs_resolve(&cfg, cat, today, p), MG_OK);
    assert_int_equal(ro_route(&cfg, cat, p), MG_OK);
    assert_int_equal(ro_check_ledger(p, &ei), MG_OK);
    each_sp(c->rows, want_internal, p, cat);
    assert_int_equal(p->ninternals, count_sp(c->rows));
    each_sp(c->widened, want_widened, p, cat);
    for (size_t i = 0; i < p->findings.n; i++)
        if (p->findings.v[i].code == FD_ACCESS_WIDENED) {
            nwidened++;
            if (c->text && strstr(fd_format(&p->findings.v[i], LANG_NL, msg, sizeof msg), c->text))
                text_seen = 1;
        }
    if (nwidened != count_sp(c->widened) || !text_seen) {
        dump(p);
        fail_msg("%zu access-widened findings (want %zu)%s", nwidened, count_sp(c->widened),
                 text_seen ? "" : "; none says the text");
    }
    each(c->counts, want_counts, p, cat);
    mg_portfolio_free(p);
    cfg_clear(&cfg);
    cat_free(cat);
}

/* The intermediary checks are blocking: level below EH3, unknown supplier (listing the known ones). */
static void test_intermediary(void **state)
{
    static const struct {
        const char *lev, *level, *code;
    } rows[] = {
        {"KPN", "EH2+", "intermediary-level"},
        {"KPN", "geen", "intermediary-level"},
        {"Onbekend BV", "EH3", "supplier-unknown"},
        {"z-login", "EH4", NULL},
        {"creaim", "EH3", NULL},
    };
    catalog *cat = NULL;
    mg_errinfo ei;
    int32_t today = id_days_from_civil(2026, 11, 18);

    (void)state;
    assert_int_equal(cat_load("formats", &cat, &ei), MG_OK);
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char dir[] = "/tmp/mgint.XXXXXX", ini[512], path[600];
        mg_config cfg;
        mg_portfolio *p = mg_portfolio_new();
        assert_non_null(mkdtemp(dir));
        snprintf(ini, sizeof ini,
                 "[intermediair]\nnaam = K\nkvk = 12345678\nleverancier = %s\neh_niveau = %s\n", rows[i].lev,
                 rows[i].level);
        write_file(dir, "portfolio.ini", ini);
        assert_int_equal(cfg_load(dir, today, NULL, &cfg, &ei), MG_OK);
        assert_int_equal(ro_route(&cfg, cat, p), MG_OK);
        if (rows[i].code) {
            assert_int_equal(p->blocking, 1);
            assert_true(has_finding(p, rows[i].code, FD_FILE_INI, rows[i].code[0] == 'i' ? 5 : 4));
        } else {
            assert_int_equal(p->blocking, 0);
        }
        mg_portfolio_free(p);
        cfg_clear(&cfg);
        snprintf(path, sizeof path, "%s/portfolio.ini", dir);
        unlink(path);
        rmdir(dir);
    }
    cat_free(cat);
}

/* The intermediary's name from portfolio.ini: control and invisible characters and formula starts are
 * findings on its line. */
static void test_ini_name(void **state)
{
    static const struct {
        const char *naam, *codes; /* codes: the findings on portfolio.ini:2, ',' separated ("" = none) */
    } rows[] = {
        {"Kantoor B.V.", ""},
        {"Kantoor\x1b[31m B.V.\x07", "control-character"},
        {"Kantoor\xEF\xBF\xBF", "control-character"},
        {"Kan" ZWSP "toor", "invisible-character"},
        {"=HYPERLINK(\"http://x\")", "formula-risk"},
        {"+31 Kantoor", "formula-risk"},
        {"@Kantoor" RLO, "formula-risk,invisible-character"},
    };
    catalog *cat = NULL;
    mg_errinfo ei;
    int32_t today = id_days_from_civil(2026, 11, 18);
    static const char *const all[] = {"control-character", "invisible-character", "formula-risk"};

    (void)state;
    assert_int_equal(cat_load("formats", &cat, &ei), MG_OK);
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char dir[] = "/tmp/mgini.XXXXXX", ini[512], path[600];
        const char *names[] = {"portfolio.ini", "gebruikers.csv", "werkgevers.csv", "machtigingen.csv"};
        mg_config cfg;
        mg_portfolio *p = mg_portfolio_new();
        assert_non_null(mkdtemp(dir));
        snprintf(ini, sizeof ini,
                 "[intermediair]\nnaam = %s\nkvk = 12345678\nleverancier = KPN\neh_niveau = EH3\n",
                 rows[i].naam);
        write_file(dir, "portfolio.ini", ini);
        write_file(dir, "gebruikers.csv", U_BASE);
        write_file(dir, "werkgevers.csv", W_HDR);
        write_file(dir, "machtigingen.csv", M_HDR);
        assert_int_equal(cfg_load(dir, today, NULL, &cfg, &ei), MG_OK);
        assert_int_equal(va_load(&cfg, cat, p, NULL, NULL, &ei), MG_OK);
        assert_int_equal(ro_route(&cfg, cat, p), MG_OK);
        for (size_t k = 0; k < ARRAY_LEN(all); k++) {
            int want = strstr(rows[i].codes, all[k]) != NULL;
            if (has_finding(p, all[k], FD_FILE_INI, 2) != want) {
                dump(p);
                fail_msg("naam %zu: %s should be %s", i, all[k], want ? "made" : "absent");
            }
        }
        mg_portfolio_free(p);
        cfg_clear(&cfg);
        for (size_t k = 0; k < ARRAY_LEN(names); k++) {
            snprintf(path, sizeof path, "%s/%s", dir, names[k]);
            unlink(path);
        }
        rmdir(dir);
    }
    cat_free(cat);
}

/* ---- the value words of formats/invoer.ini ---- */

/* Copy every regular file of folder src (and of its uitvoer/) into the new folder dst. */
static void copy_formats(const char *src, char *dst)
{
    static const char *const subs[] = {"", "/uitvoer"};
    char from[512], to[512], buf[4096];

    assert_non_null(mkdtemp(dst));
    for (size_t k = 0; k < ARRAY_LEN(subs); k++) {
        DIR *d;
        struct dirent *de;

        snprintf(from, sizeof from, "%s%s", src, subs[k]);
        d = opendir(from);
        assert_non_null(d);
        if (k > 0) {
            snprintf(to, sizeof to, "%s%s", dst, subs[k]);
            assert_int_equal(mkdir(to, 0700), 0);
        }
        while ((de = readdir(d)) != NULL) {
            FILE *in, *out;
            size_t n;

            if (!strstr(de->d_name, ".ini"))
                continue;
            snprintf(from, sizeof from, "%s%s/%s", src, subs[k], de->d_name);
            snprintf(to, sizeof to, "%s%s/%s", dst, subs[k], de->d_name);
            in = fopen(from, "rb");
            out = fopen(to, "wb");
            assert_non_null(in);
            assert_non_null(out);
            while ((n = fread(buf, 1, sizeof buf, in)) > 0)
                assert_int_equal(fwrite(buf, 1, n, out), n);
            assert_int_equal(ferror(in), 0);
            fclose(in);
            assert_int_equal(fclose(out), 0);
        }
        closedir(d);
    }
}

/* Remove a copy made by copy_formats. */
static void remove_formats(const char *dir)
{
    static const char *const subs[] = {"/uitvoer", ""};
    char path[512];

    for (size_t k = 0; k < ARRAY_LEN(subs); k++) {
        DIR *d;
        struct dirent *de;

        snprintf(path, sizeof path, "%s%s", dir, subs[k]);
        d = opendir(path);
        if (!d)
            continue;
        while ((de = readdir(d)) != NULL) {
            if (!strstr(de->d_name, ".ini"))
                continue;
            snprintf(path, sizeof path, "%s%s/%s", dir, subs[k], de->d_name);
            unlink(path);
        }
        closedir(d);
        snprintf(path, sizeof path, "%s%s", dir, subs[k]);
        rmdir(path);
    }
}

/* A portfolio whose rol, eh_niveau, status and eigenrisicodrager values the shipped invoer.ini does not know.
 */
#define VOCAB_USERS U_HDR "bea;Bea;bea@k.nl;eigenaar;Sub-stantieel;opgeschort\n"
#define VOCAB_EMPS W_HDR L1 ";A;12345678;beeindigd;;;;ziektewet, WGA;;;K;;\n"

/* A word added to a value's line in invoer.ini [waarden] is read as that value; the shipped file does not
 * know it (a value-invalid warning each). */
static void test_vocab_added_word(void **state)
{
    static const struct {
        const char *line, *word; /* the line of invoer.ini [waarden] and the word added to it */
    } added[] = {
        {"rol_beheerder = beheerder, machtigingenbeheerder, admin", "eigenaar"},
        {"niveau_eh3 = EH3", "substantieel"},
        {"status_geblokkeerd = geblokkeerd, blocked", "Opgeschort"},
        {"status_inactief = inactief, inactive", "beeindigd"},
        {"erd_zw = ZW", "ziektewet"},
    };
    char fdir[] = "/tmp/mgvocab.XXXXXX", text[8192], path[600];
    catalog *cat = NULL;
    mg_errinfo ei;

    (void)state;
    copy_formats("formats", fdir);
    snprintf(path, sizeof path, "%s/invoer.ini", fdir);
    slurp_text(path, text, sizeof text);
    for (size_t i = 0; i < ARRAY_LEN(added); i++) {
        char *at = strstr(text, added[i].line), rest[8192];
        assert_non_null(at);
        at += strlen(added[i].line);
        snprintf(rest, sizeof rest, "%s", at);
        snprintf(at, sizeof text - (size_t)(at - text), ", %s%s", added[i].word, rest);
    }
    write_file(fdir, "invoer.ini", text);
    memset(&ei, 0, sizeof ei);
    if (cat_load(fdir, &cat, &ei) != MG_OK)
        fail_msg("cat_load: %s:%ld: %s", ei.file, ei.line, ei.msg[LANG_EN]);
    remove_formats(fdir);
    for (int shipped = 0; shipped < 2; shipped++) {
        char dir[] = "/tmp/mgvocab.XXXXXX";
        mg_config cfg;
        mg_portfolio *p = mg_portfolio_new();
        catalog *shipped_cat = NULL;

        if (shipped)
            assert_int_equal(cat_load("formats", &shipped_cat, &ei), MG_OK);
        portfolio_load(dir, shipped ? shipped_cat : cat, "EH4", NULL, VOCAB_USERS, VOCAB_EMPS, M_HDR, &cfg,
                       p);
        portfolio_remove(dir);
        assert_int_equal(p->nusers, 1);
        assert_int_equal(p->nemployers, 1);
        assert_int_equal(p->users[0]->beheerder, !shipped);
        assert_int_equal(p->users[0]->blocked, !shipped);
        assert_int_equal(p->users[0]->level, shipped ? LV_UNKNOWN : LV_EH3);
        assert_int_equal(p->employers[0]->inactive, !shipped);
        assert_int_equal(p->employers[0]->erd, shipped ? CAT_ERD_WGA : CAT_ERD_ZW | CAT_ERD_WGA);
        if (has_finding(p, "value-invalid", -2, 0) != shipped) {
            dump(p);
            fail_msg("%s catalogue: value-invalid should be %s", shipped ? "shipped" : "extended",
                     shipped ? "made" : "absent");
        }
        mg_portfolio_free(p);
        cfg_clear(&cfg);
        cat_free(shipped_cat);
    }
    cat_free(cat);
}

/* Every key of invoer.ini [waarden] is required: without its line the catalogue is refused with invoer.ini
 * and the line of [waarden]; without the section, with invoer.ini; a word of two values of a field, at its
 * line. */
static void test_vocab_missing_key(void **state)
{
    char fdir[] = "/tmp/mgvocab.XXXXXX", shipped[8192], text[8192], path[600], want[128];
    const char *sec, *line;
    long secline = 1, nkeys = 0;
    catalog *cat = NULL;
    mg_errinfo ei;

    (void)state;
    copy_formats("formats", fdir);
    snprintf(path, sizeof path, "%s/invoer.ini", fdir);
    slurp_text(path, shipped, sizeof shipped);
    sec = strstr(shipped, "\n[waarden]\n");
    assert_non_null(sec);
    for (const char *q = shipped; q <= sec; q++)
        secline += *q == '\n';
    for (line = sec + 1; (line = strchr(line, '\n')) != NULL && line[1];) {
        const char *key = ++line, *eol = strchr(key, '\n');
        size_t klen = strcspn(key, " =\n");
        if (*key == '#' || key[klen] != ' ')
            continue; /* a comment */
        nkeys++;
        snprintf(text, sizeof text, "%.*s%s", (int)(key - shipped), shipped, eol ? eol + 1 : "");
        write_file(fdir, "invoer.ini", text);
        memset(&ei, 0, sizeof ei);
        assert_int_equal(cat_load(fdir, &cat, &ei), MG_ERR_CONFIG);
        assert_null(cat);
        snprintf(want, sizeof want, "lacks key '%.*s'", (int)klen, key);
        if (strcmp(ei.file, path) || ei.line != secline || !strstr(ei.msg[LANG_EN], want))
            fail_msg("without %.*s: got %s:%ld: %s", (int)klen, key, ei.file, ei.line, ei.msg[LANG_EN]);
    }
    assert_int_equal(nkeys, CAT_VOC_COUNT);

    snprintf(text, sizeof text, "%.*s", (int)(sec + 1 - shipped), shipped);
    write_file(fdir, "invoer.ini", text);
    assert_int_equal(cat_load(fdir, &cat, &ei), MG_ERR_CONFIG);
    assert_string_equal(ei.file, path);
    assert_int_equal(ei.line, 0);
    assert_non_null(strstr(ei.msg[LANG_EN], "[waarden]"));

    line = strstr(shipped, "status_inactief = inactief, inactive");
    assert_non_null(line);
    snprintf(text, sizeof text, "%.*s%s, ACTIEF%s", (int)(line - shipped), shipped,
             "status_inactief = inactief, inactive", line + strlen("status_inactief = inactief, inactive"));
    write_file(fdir, "invoer.ini", text);
    assert_int_equal(cat_load(fdir, &cat, &ei), MG_ERR_CONFIG);
    assert_int_equal(ei.line, secline + 3);
    assert_non_null(strstr(ei.msg[LANG_EN], "'ACTIEF' is already a word of 'status_actief'"));
    remove_formats(fdir);
}

/* Several signers in one vertegenwoordiger value: split at ; / & and " en ", blanks trimmed. */
static void test_split_signers(void **state)
{
    static const struct {
        const char *value;
        const char *want; /* the signers joined by '|' */
    } rows[] = {
        {"", ""},
        {"J. Kok", "J. Kok"},
        {"A.B. van Rijn; C. van Rijn-Smit", "A.B. van Rijn|C. van Rijn-Smit"},
        {"Piet / Klaas & Jan", "Piet|Klaas|Jan"},
        {"Piet en Klaas", "Piet|Klaas"},
        {"Hendriksen", "Hendriksen"},       /* "en" inside a name is no separator */
        {"Piet En Klaas", "Piet En Klaas"}, /* only " en " in lower case */
        {" ;  Piet ;; ", "Piet"},
        {"a@x.nl; b@y.nl", "a@x.nl|b@y.nl"},
        {"Piet\ten Klaas", "Piet\ten Klaas"},
    };
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        const char *s[RO_SIGNERS_MAX];
        size_t len[RO_SIGNERS_MAX], n, o = 0;
        char got[256];
        ro_split_signers(rows[i].value, s, len, RO_SIGNERS_MAX, &n);
        got[0] = '\0';
        for (size_t k = 0; k < n; k++)
            o += (size_t)snprintf(got + o, sizeof got - o, "%s%.*s", k ? "|" : "", (int)len[k], s[k]);
        if (strcmp(got, rows[i].want))
            fail_msg("'%s': got '%s', want '%s'", rows[i].value, got, rows[i].want);
    }
}

/* Order of interne-machtigingen.csv, written out field by field (the test's own comparison). */
static int kept_order(const void *a, const void *b)
{
    const mg_kept *x = a, *y = b;
    uint64_t kx = (uint64_t)x->user << 32 | x->request, ky = (uint64_t)y->user << 32 | y->request;

    if (kx != ky)
        return kx < ky ? -1 : 1;
    if (x->service != y->service)
        return x->service < y->service ? -1 : 1;
    return x->employer < y->employer ? -1 : x->employer > y->employer;
}

/* A small deterministic generator (xorshift). */
static uint32_t kept_rand(uint64_t *st)
{
    *st ^= *st << 13;
    *st ^= *st >> 7;
    *st ^= *st << 17;
    return (uint32_t)(*st >> 16);
}

/* Kept grants are sorted by user, request, service and employer whatever order they come in: in user order
 * (as resolve hands them over: each user's run sorted on its own, runs of 1 to 400), out of user order (one
 * sort), a user's run split by another user, empty and single arrays. */
static void test_sort_kept(void **state)
{
    enum { N = 5000 };
    static mg_kept v[N], want[N];
    const size_t sizes[] = {0, 1, 2, 17, N};
    uint64_t st = 88172645463325252u;

    (void)state;
    for (int shape = 0; shape < 3; shape++)
        for (size_t k = 0; k < ARRAY_LEN(sizes); k++) {
            size_t n = sizes[k], i = 0;
            uint32_t user = 0;
            while (i < n) {
                size_t run = 1 + kept_rand(&st) % (i % 3 ? 5 : 400);
                for (size_t r = 0; r < run && i < n; r++, i++) {
                    /* (user, employer, service) distinct, as resolve leaves them */
                    v[i].user = shape == 1 ? kept_rand(&st) % 300 : user;
                    v[i].employer = (uint32_t)i;
                    v[i].request = kept_rand(&st) % 40;
                    v[i].service = (uint16_t)(kept_rand(&st) % 6);
                    v[i].line = (uint32_t)i + 2;
                }
                user += 1 + kept_rand(&st) % 3;
            }
            if (shape == 2 && n > 2) /* one user's run interrupted by a later user: out of order */
                v[n / 2].user = v[n - 1].user + 1;
            memcpy(want, v, n * sizeof *v);
            qsort(want, n, sizeof *want, kept_order);
            ro_sort_kept(v, n);
            for (i = 0; i < n; i++)
                if (kept_order(&v[i], &want[i]) != 0 || v[i].line != want[i].line)
                    fail_msg("shape %d, %zu grants: position %zu differs", shape, n, i);
        }
}

/* The name key of kvk-conflict: case, blanks, punctuation and a legal form at the end do not count. */
static void test_name_key(void **state)
{
    static const struct {
        const char *a, *b;
        int same;
    } rows[] = {
        {"Jansen B.V.", "Jansen", 1},
        {"Jansen B.V.", "JANSEN BV", 1},
        {"Jansen B. V.", "jansen", 1},
        {"Jansen V.O.F.", "Jansen vof", 1},
        {"Bakkerij 't Hoekje N.V.", "Bakkerij t Hoekje", 1},
        {"Café Öztürk", "cafe Öztürk", 0}, /* only ASCII case is folded; an accent is another letter */
        {"Jansen", "Jansen Transport", 0},
        {"Jansen B.V. – Onderhoud", "Jansen B.V.", 0},
        {"B.V.", "BV", 1}, /* a name that is only a legal form stays itself */
        {"Globv", "Glo", 0},
    };
    catalog *cat = NULL;
    mg_errinfo ei;

    (void)state;
    memset(&ei, 0, sizeof ei);
    assert_int_equal(cat_load("formats", &cat, &ei), MG_OK);
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char ka[VA_NAME_KEY_MAX], kb[VA_NAME_KEY_MAX];
        va_name_key(cat, rows[i].a, ka, sizeof ka);
        va_name_key(cat, rows[i].b, kb, sizeof kb);
        if ((strcmp(ka, kb) == 0) != rows[i].same)
            fail_msg("'%s' (%s) and '%s' (%s): want %s", rows[i].a, ka, rows[i].b, kb,
                     rows[i].same ? "the same" : "different");
    }
    cat_free(cat);
}

/* One test per rule case and per interne-machtigingen case (named after it, so a failure names its case and
 * hides none), then the others. */
int main(void)
{
    static const struct CMUnitTest others[] = {
        cmocka_unit_test(test_split_signers),     cmocka_unit_test(test_name_key),
        cmocka_unit_test(test_sort_kept),         cmocka_unit_test(test_intermediary),
        cmocka_unit_test(test_ini_name),          cmocka_unit_test(test_vocab_added_word),
        cmocka_unit_test(test_vocab_missing_key),
    };
    struct CMUnitTest tests[ARRAY_LEN(cases) + ARRAY_LEN(widen_cases) + ARRAY_LEN(others)];
    size_t n = 0;

    for (size_t i = 0; i < ARRAY_LEN(cases); i++)
        tests[n++] = (struct CMUnitTest){cases[i].name, test_rule_case, NULL, NULL, (void *)&cases[i]};
    for (size_t i = 0; i < ARRAY_LEN(widen_cases); i++)
        tests[n++] =
            (struct CMUnitTest){widen_cases[i].name, test_widen_case, NULL, NULL, (void *)&widen_cases[i]};
    for (size_t i = 0; i < ARRAY_LEN(others); i++)
        tests[n++] = others[i];
    return cmocka_run_group_tests(tests, NULL, NULL);
}
