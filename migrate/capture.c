/* capture.c — stderr held in a temporary file while libraries that print on it run (libxlsxwriter). */
#include "capture.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"

/* Bytes of captured text passed on at most (libxlsxwriter's lines are dropped whatever their number). */
#define CAP_LINE_MAX 4096

/* A temporary file in the system's temporary folder that no name reaches; -1 if none. */
static int cap_tmpfile(void)
{
    return pf_tmpfile(pf_temp_dir());
}

/* Point descriptor 2 at a temporary file. */
int cap_begin(cap_stderr *c)
{
    c->saved = -1;
    c->tmp = -1;
    if (fflush(stderr) != 0)
        return -1;
    c->tmp = cap_tmpfile();
    if (c->tmp < 0)
        return -1;
    c->saved = pf_dup(STDERR_FILENO);
    if (c->saved < 0 || dup2(c->tmp, STDERR_FILENO) < 0) {
        if (c->saved >= 0)
            close(c->saved);
        close(c->tmp);
        c->saved = c->tmp = -1;
        return -1;
    }
    return 0;
}

/* The real stderr's descriptor. */
int cap_real_fd(const cap_stderr *c)
{
    return c->saved >= 0 ? c->saved : STDERR_FILENO;
}

/* 1 if a captured line is one of libxlsxwriter's own. */
static int cap_library_line(const char *line, size_t len)
{
    return (len >= 7 && !memcmp(line, "[ERROR]", 7)) || (len >= 9 && !memcmp(line, "[WARNING]", 9));
}

/* Write all of buf to fd, retrying after a signal; a failure is dropped. */
void cap_write_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        long long n = pf_write(fd, buf, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        buf += n;
        len -= (size_t)n;
    }
}

/* Where the captured text is: at a line's start, or inside a long line being passed on or dropped. */
enum { CAP_START, CAP_PASSING, CAP_DROPPING };

/* Pass on or drop len bytes of a line (its start when state is CAP_START); returns the state after. */
static int cap_line(int state, const char *s, size_t len, int complete)
{
    if (state == CAP_START)
        state = cap_library_line(s, len) ? CAP_DROPPING : CAP_PASSING;
    if (state == CAP_PASSING)
        cap_write_all(STDERR_FILENO, s, len);
    return complete ? CAP_START : state;
}

/* Pass on the captured text line by line, without libxlsxwriter's lines. */
static void cap_pass_on(int fd)
{
    char buf[CAP_LINE_MAX];
    size_t have = 0;
    int state = CAP_START;

    if (lseek(fd, 0, SEEK_SET) != 0)
        return;
    for (;;) {
        long long n = pf_read(fd, buf + have, sizeof buf - have);
        size_t start = 0;
        char *nl;
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        have += (size_t)n;
        while ((nl = memchr(buf + start, '\n', have - start)) != NULL) {
            size_t len = (size_t)(nl - (buf + start)) + 1;
            state = cap_line(state, buf + start, len, 1);
            start += len;
        }
        memmove(buf, buf + start, have - start);
        have -= start;
        if (have == sizeof buf) { /* a line longer than the buffer: decided by its start */
            state = cap_line(state, buf, have, 0);
            have = 0;
        }
    }
    if (have > 0)
        cap_line(state, buf, have, 1);
}

/* Point descriptor 2 back at the real stderr and pass on what was captured. */
void cap_end(cap_stderr *c)
{
    if (c->saved < 0)
        return;
    (void)fflush(stderr); /* unbuffered: nothing waits; a failure would only concern the temporary file */
    /* both descriptors are open, so only EINTR or EBUSY (a race with open on Linux) can stop it */
    while (dup2(c->saved, STDERR_FILENO) < 0 && (errno == EINTR || errno == EBUSY))
        continue;
    (void)close(c->saved); /* a second descriptor of stderr: descriptor 2 stays open */
    cap_pass_on(c->tmp);
    (void)close(c->tmp); /* an unlinked temporary file: nothing is lost */
    c->saved = c->tmp = -1;
}
