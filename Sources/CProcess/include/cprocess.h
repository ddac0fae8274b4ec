#ifndef CPROCESS_H
#define CPROCESS_H

/// Asks the kernel to send SIGKILL to this process when its parent ends (Linux's
/// PR_SET_PDEATHSIG). Returns 0 on success, -1 where the system has no such request.
int cprocess_die_with_parent(void);

#endif
