/* capture.h — stderr held in a temporary file while libraries that print on it run (libxlsxwriter). */
#ifndef MG_CAPTURE_H
#define MG_CAPTURE_H

#include <stddef.h>

/*
 * libxlsxwriter prints its own "[ERROR]..." and "[WARNING]..." lines on stderr (it cannot be told not
 * to), naming the temporary folder; migrate's own message already says what failed. While the output
 * is written, descriptor 2 points at an unlinked temporary file; afterwards those lines are dropped and
 * anything else that was printed is passed on to the real stderr, so nothing else is lost.
 */
typedef struct cap_stderr {
    int saved; /* the real stderr while capturing; -1 when not capturing */
    int tmp;   /* the temporary file descriptor 2 points at */
} cap_stderr;

/* Write all of buf to fd, retrying after a signal; a failure is dropped (what is written here is a
 * message, never the run's output, and has nowhere left to be reported). */
void cap_write_all(int fd, const char *buf, size_t len);

/* Point descriptor 2 at a temporary file. 0 on success; -1 (nothing captured, stderr unchanged) if the
 * descriptors or the file cannot be had. */
int cap_begin(cap_stderr *c);

/* The real stderr's descriptor while capturing (for the progress line), else 2. */
int cap_real_fd(const cap_stderr *c);

/* Point descriptor 2 back at the real stderr and pass on what was captured, without libxlsxwriter's
 * "[ERROR]" and "[WARNING]" lines. Does nothing if cap_begin failed. */
void cap_end(cap_stderr *c);

#endif
