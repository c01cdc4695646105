/* progress.h — the progress line on a terminal: rows read with a percentage, then the file being written. */
#ifndef MG_PROGRESS_H
#define MG_PROGRESS_H

#include <stddef.h>
#include <time.h>

#include "msg.h"

/* Seconds a run takes before the line first shows. */
#define PG_DELAY 1.0

/* Seconds between two updates of the line (at most ten a second). */
#define PG_INTERVAL 0.1

/* Longest file path the line remembers (longer paths get no percentage). */
#define PG_PATH_MAX 4096

/* The state of the line; one per run, used by the main thread only. */
typedef struct pg_line {
    int fd;                  /* the terminal it is written to; -1 = no line (not a terminal, or -q) */
    mg_lang lang;            /* the run's language */
    double delay;            /* seconds before the line first shows */
    struct timespec start;   /* when the run started */
    struct timespec last;    /* when the line was last written */
    int shown;               /* the line is on the screen */
    char path[PG_PATH_MAX];  /* the input file being read */
    unsigned long long size; /* its size in bytes; 0 = unknown or compressed: no percentage */
} pg_line;

/*
 * Start the line: shown on fd (when fd is a terminal; -1 or a non-terminal = never) once the run has
 * taken delay seconds (PG_DELAY; the environment variable MIGRATE_PROGRESS_DELAY may lower it, for
 * tests).
 */
void pg_init(pg_line *pg, int fd, mg_lang lang);

/* Progress callback of the reading stage (va_progress_cb): rows of the file at path read, and about how
 * many bytes of it. A new file shows at once, later counts at most every PG_INTERVAL. */
void pg_read(void *ctx, const char *path, size_t rows, unsigned long long bytes);

/* The writing stage: file is being written now. */
void pg_write(void *ctx, const char *file);

/* Write the line to fd from now on, if it is shown at all (the real terminal while fd 2 is captured). */
void pg_redirect(pg_line *pg, int fd);

/* Clear the line from the screen (before any other message on stderr, and at the end). */
void pg_clear(pg_line *pg);

#endif
