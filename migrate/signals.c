/* signals.c — the run's one piece of process-wide state: which stop signal arrived (async-signal-safe). */
#include "signals.h"

#include <signal.h>
#include <string.h>

/* Set by the handler, read by the stages; a signal handler can reach nothing else. */
static volatile sig_atomic_t sg_signal;

/* Record the signal; the stages see it at their next check. */
static void sg_handler(int sig)
{
    sg_signal = sig;
}

/* Install SIGINT and SIGTERM handlers that only record the signal. */
void sg_install(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = sg_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

/* The signal that asked the run to stop, or 0. */
int sg_pending(void)
{
    return (int)sg_signal;
}

/* Hold SIGINT and SIGTERM back, or let them through again. */
void sg_hold(int hold)
{
    sigset_t set;

    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigprocmask(hold ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

/* Die of the pending signal with its default action. */
void sg_reraise(void)
{
    int sig = (int)sg_signal;
    struct sigaction sa;

    if (!sig)
        return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
    sg_hold(0);
    raise(sig);
}
