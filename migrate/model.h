/* model.h — the plain data a run passes from stage to stage: users, employers, grants, ledger, results. */
#ifndef MG_MODEL_H
#define MG_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "csvread.h"
#include "findings.h"
#include "pool.h"
#include "schema.h"

/* eHerkenning levels, ordered; LV_UNKNOWN is an empty field. */
typedef enum mg_level { LV_UNKNOWN = 0, LV_GEEN, LV_EH1, LV_EH2, LV_EH2PLUS, LV_EH3, LV_EH4 } mg_level;

/* Parse a level (EH1 EH2 EH2+ EH3 EH4 geen, any case, blanks ignored); -1 if not understood. */
int mg_level_parse(const char *s, size_t len);

/* Display form of a level ("EH2+", "geen", "" for unknown). */
const char *mg_level_name(mg_level lv);

/* Outcome of one input data row in the ledger. */
typedef enum mg_outcome {
    OC_NONE = 0,
    OC_GEBRUIKT,
    OC_AFGEWEZEN,
    OC_OVERGESLAGEN,
    OC_DUBBEL,
    OC_VERPLAATST,
    OC_COUNT
} mg_outcome;

/* Display name of an outcome ("gebruikt" ...). */
const char *mg_outcome_name(mg_outcome oc);

/* One ledger entry: the outcome of one data row (8 bytes: the one thing a rejected row keeps in memory). */
typedef struct mg_ledger_entry {
    uint32_t line; /* physical line, MG_LEDGER_MAX_LINE at most */
    uint8_t outcome;
    uint16_t code; /* fd_code that decided it, FD_NONE if none */
} mg_ledger_entry;

/* Largest physical line of a data row in any input file (a ledger entry keeps it in 32 bits). */
#define MG_LEDGER_MAX_LINE CR_MAX_LINES

/* The ledger of one input file: one entry per data row, in file order. */
typedef struct mg_ledger {
    mg_ledger_entry *v;
    size_t n, cap;
} mg_ledger;

/* Staff actions (medewerkers.csv `actie`). */
typedef enum mg_action {
    ACT_GEEN = 0,
    ACT_EH3_AANVRAGEN,
    ACT_VERHOGEN,
    ACT_NIEUW_MIDDEL,
    ACT_PERSOONLIJK,
    ACT_GEBLOKKEERD,
    ACT_COUNT
} mg_action;

/* Display code of a staff action. */
const char *mg_action_name(mg_action a);

/* One portal user (gebruikers.csv). */
typedef struct mg_user {
    const char *id; /* gebruikersnaam, trimmed */
    const char *naam;
    const char *email; /* "" if none */
    int beheerder;
    mg_level level;
    int blocked;
    long line;
    size_t row; /* index in the ledger */
    size_t idx; /* position in read order (before sorting) */
    int shared; /* user-shared-account */
    mg_action action;
    size_t n_employers, n_services; /* what the user receives */
} mg_user;

/* Follow-up kinds (uwv-opvolging.csv `soort`). */
typedef enum mg_followkind {
    FU_TRANSFER_REPORTS = 0,
    FU_REPORTS_UNREACHABLE,
    FU_NO_KVK,
    FU_FOREIGN_EMPLOYER,
    FU_SUCCESSOR_UNKNOWN,
    FU_COUNT
} mg_followkind;

/* Display code of a follow-up kind ("transfer-reports" ...). */
const char *mg_followkind_name(mg_followkind k);

/* What the `reden` column of werkgevers.csv says about an inactive number. */
typedef enum mg_reason {
    RS_NONE = 0, /* empty */
    RS_FUSIE,
    RS_OVERNAME,
    RS_RECHTSVORMWIJZIGING,
    RS_SPLITSING,
    RS_BEEINDIGD,
    RS_OTHER, /* free text */
    RS_COUNT
} mg_reason;

/* The reason a `reden` value names (lower-case as read; "beëindigd" is read as beeindigd). */
mg_reason mg_reason_parse(const char *reden);

/* The word of a reason ("fusie" ... "beeindigd"), "anders" for free text, "" for none. */
const char *mg_reason_name(mg_reason r);

/* Routes of a client KvK. */
typedef enum mg_route {
    RT_NONE = 0,
    RT_BEHEERMODULE,
    RT_FORMULIER,
    RT_PAPIER,
    RT_GEEN,
    RT_EIGEN, /* the intermediary's own KvK: no ketenmachtiging */
    RT_COUNT
} mg_route;

/* Signing authority of a client's representatives (werkgevers.csv `bevoegdheid`). */
typedef enum mg_authority {
    AU_NONE = 0,    /* not given: one signer suffices */
    AU_ZELFSTANDIG, /* any one of the named signers */
    AU_GEZAMENLIJK  /* all named signers together */
} mg_authority;

/* Display word of a signing authority ("zelfstandig", "gezamenlijk"; "zelfstandig" when not given). */
const char *mg_authority_name(mg_authority a);

/* Display name of a route ("beheermodule" ...). */
const char *mg_route_name(mg_route r);

/* One employer row (werkgevers.csv), one per loonheffingennummer. */
typedef struct mg_employer {
    char lhn[13];
    char kvk[9]; /* "" = no KvK */
    const char *naam;
    const char *vestiging; /* "" if none */
    int inactive;
    char opvolger[13];   /* "" if none */
    const char *reden;   /* lower-case as given, "" if none */
    long open_meldingen; /* -1 = not understood */
    unsigned erd;        /* CAT_ERD_* */
    const char *leverancier;
    mg_level level;
    const char *vertegenwoordiger;
    const char *vertegenwoordiger_email;
    mg_authority bevoegdheid;
    const char *rechtsvorm; /* as written, "" if none */
    int erd_given;          /* the eigenrisicodrager column holds a value (even "geen") */
    const char *groep;
    /* reden as given (trimmed, line breaks folded), "" if none */
    const char *reden_text;
    char land[4];          /* upper-case ISO code, "NL" by default */
    const char *raw;       /* the record as read (for a later rejection) */
    const char *signature; /* all values joined, to tell identical duplicates */
    long line;
    size_t row;
    size_t idx; /* position in read order (before sorting) */
    /* resolve */
    int rejected;              /* rejected after reading (successor cycle) */
    struct mg_employer *final; /* last active successor, NULL if none; self when active */
    const char *chain_end;     /* last number in the successor chain (for follow-up), "" if none */
    int successor_unknown;
    /* route */
    int route;                /* mg_route of its KvK (active employers) */
    uint64_t services_used;   /* bit per catalogue service migrated on this LHN */
    uint64_t erd_unconfirmed; /* bit per eigenrisicodrager service kept without the column confirming it */
    size_t request;           /* 1 + index in portfolio requests of its KvK's request; 0 if in none */
} mg_employer;

/* One accepted grant (machtigingen.csv); resolve settles its fate. */
typedef struct mg_grant {
    uint32_t user;          /* index in portfolio users */
    uint32_t employer;      /* index in portfolio employers (after resolve: the final successor) */
    uint32_t orig_employer; /* as read */
    uint32_t line;          /* physical line (MG_GRANT_MAX_LINE at most) */
    uint32_t row;           /* index in the ledger */
    int32_t end;      /* einddatum, days since epoch; INT32_MAX if none (ingangsdatum is only checked) */
    uint16_t service; /* index in catalogue services */
    uint16_t code;
    uint8_t state; /* mg_outcome once decided */
} mg_grant;

/* Largest line number and row count of machtigingen.csv (32 bits keep a grant at 32 bytes). */
#define MG_GRANT_MAX_LINE CR_MAX_LINES

/* Why a request is not complete, or must take the form (bits of mg_request.issues). */
enum {
    RQ_REP_MISSING = 1 << 0,      /* representative-missing */
    RQ_REP_CONFLICT = 1 << 1,     /* representative-conflict */
    RQ_JOINT_INCOMPLETE = 1 << 2, /* representative-joint-incomplete */
    RQ_MEANS_CONFLICT = 1 << 3,   /* kvk-means-conflict */
    RQ_SUPPLIER_UNKNOWN = 1 << 4  /* client-supplier-unknown */
};

/* A ketenmachtiging request: one client KvK → the intermediary. */
typedef struct mg_request {
    char kvk[9];
    const char *naam;
    const char *vertegenwoordiger;       /* every distinct signer of the KvK's LHNs, joined by "; " */
    const char *vertegenwoordiger_email; /* their addresses, joined by "; " */
    mg_authority bevoegdheid;
    size_t nsigners; /* distinct signers named */
    /* The representatives as pairs, for the signing letters: one per signer named (rep_mail "" when no
     * address goes with the name), or, with no name given, one per address (rep_name ""). Pooled. */
    const char **rep_name, **rep_mail;
    size_t nreps;
    unsigned issues; /* RQ_* */
    mg_route route;
    uint64_t services; /* bit per catalogue service */
    const char *lhns;  /* active LHNs joined by ',', sorted (pooled) */
    size_t nlhns;      /* how many LHNs lhns holds */
    int complete;
    int32_t start, end; /* the period asked for, days since 1970-01-01 (a run's: ingangsdatum + looptijd) */
    long line;          /* werkgevers.csv line of the KvK's first employer (as sorted), for findings */
} mg_request;

/* A follow-up for UWV. */
typedef struct mg_followup {
    const char *lhn;
    const char *naam;
    const char *kvk;
    mg_followkind kind;
    const char *opvolger;
    long open_meldingen;
    const char *reden; /* the employer's reden as given, "" if none */
} mg_followup;

/* qsort order of follow-ups in every output: KvK, LHN, kind. */
int mg_followup_cmp(const void *a, const void *b);

/* One kept grant once successors and duplicates are settled (resolve); route groups them per client KvK. */
typedef struct mg_kept {
    uint32_t user;     /* index in portfolio users */
    uint32_t employer; /* index in portfolio employers: the active employer the grant landed on */
    uint32_t line;     /* machtigingen.csv line of the grant kept */
    uint32_t request;  /* index in portfolio requests of the employer's KvK (set by route) */
    uint16_t service;  /* index in catalogue services */
} mg_kept;

/* A line of interne-machtigingen.csv: one colleague, one client KvK, one service (route). */
typedef struct mg_internal {
    uint32_t user;    /* index in portfolio users */
    uint32_t request; /* index in portfolio requests: the client KvK */
    uint16_t service; /* index in catalogue services */
    uint8_t widened;  /* access-widened: the colleague had only some of the KvK's active LHNs */
    const char *lhns; /* the LHNs the colleague had this service on, sorted, joined by ',' (pooled) */
} mg_internal;

/* The first rejected werkgevers.csv row of an LHN: still one line of the review's per-LHN list. */
typedef struct mg_rejected_employer {
    const char *lhn; /* normalised when it was valid, else as written */
    const char *naam;
    long line;
    const char *codes; /* the distinct finding codes of its row, by name, joined by ", " */
} mg_rejected_employer;

/* Supplier exports of registrations that a status run reads (--registraties), at most this many. */
#define MG_MAX_REGISTRATIES 8

/* The file index (findings, ledger) of the first registrations export: after the inputs and portfolio.ini. */
#define MG_FILE_REG0 (FD_FILE_INI + 1)

/* Slots of a portfolio's files[] and ledger[]: the inputs, portfolio.ini's (never used), the exports. */
#define MG_FILE_SLOTS (MG_FILE_REG0 + MG_MAX_REGISTRATIES)

_Static_assert((int)FD_FILE_INI == (int)SC_FILE_COUNT, "portfolio.ini's file index follows the input files");

/* What was read from each input file. */
typedef struct mg_fileinfo {
    char *path;       /* as used to open it */
    const char *name; /* file name for messages and outputs */
    cr_info info;
    size_t rows; /* data rows read */
    int read;    /* 1 once read */
} mg_fileinfo;

/* The whole portfolio, as the stages fill it. */
typedef struct mg_portfolio {
    mg_pool *pool;
    fd_list findings;
    mg_ledger ledger[MG_FILE_SLOTS];  /* per file index; portfolio.ini's stays empty */
    mg_fileinfo files[MG_FILE_SLOTS]; /* per file index; portfolio.ini's stays empty */
    mg_user **users;
    size_t nusers, capusers;
    mg_employer **employers;
    size_t nemployers, capemployers;
    mg_grant *grants;
    size_t ngrants, capgrants;
    mg_rejected_employer *rejected_employers;
    size_t nrejected_employers, caprejected_employers;
    /* resolve results: the kept grants, by user, employer, service */
    mg_kept *kept;
    size_t nkept;
    /* route results */
    mg_request *requests;
    size_t nrequests;
    mg_followup *followups;
    size_t nfollowups;
    mg_internal *internals;
    size_t ninternals;
    size_t route_count[RT_COUNT];
    size_t follow_count[FU_COUNT];
    size_t action_count[ACT_COUNT];
    int blocking; /* a blocking finding was made */
} mg_portfolio;

/* A new, empty portfolio, or NULL when out of memory. */
mg_portfolio *mg_portfolio_new(void);

/* Free a portfolio and all it holds; NULL is a no-op. */
void mg_portfolio_free(mg_portfolio *p);

/* Append a ledger entry for a data row of file f; *row gets its index. MG_ERR_DATA past MG_LEDGER_MAX_LINE.
 */
mg_error mg_ledger_add(mg_portfolio *p, int f, long line, size_t *row);

/* Set the outcome of a row (and the code that decided it). */
void mg_ledger_set(mg_portfolio *p, int f, size_t row, mg_outcome oc, fd_code code);

#endif
