/* signals.h — SIGINT and SIGTERM stop a run cleanly: stages poll a flag, main dies of the signal after
 * cleanup. */
#ifndef MG_SIGNALS_H
#define MG_SIGNALS_H

/* Install SIGINT and SIGTERM handlers that only record the signal. */
void sg_install(void);

/* The signal that asked the run to stop, or 0. */
int sg_pending(void);

/* Hold SIGINT and SIGTERM back (1) or let them through again (0), around the final renames. */
void sg_hold(int hold);

/* After cleanup: die of the pending signal with its default action (so the parent sees it). */
void sg_reraise(void);

#endif
