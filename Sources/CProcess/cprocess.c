#include "cprocess.h"

#if defined(__linux__)
#include <signal.h>
#include <sys/prctl.h>

int cprocess_die_with_parent(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL); }
#else
int cprocess_die_with_parent(void) { return -1; }
#endif

#if defined(__GLIBC__)
#include <malloc.h>

void cprocess_keep_freed_memory(void) {
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
}
#else
void cprocess_keep_freed_memory(void) {}
#endif
