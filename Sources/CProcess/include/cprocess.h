#ifndef CPROCESS_H
#define CPROCESS_H

/// Asks the kernel to send SIGKILL to this process when its parent ends (Linux's
/// PR_SET_PDEATHSIG). Returns 0 on success, -1 where the system has no such request.
int cprocess_die_with_parent(void);

/// Tells glibc's allocator to keep freed memory for reuse instead of handing large blocks back to
/// the kernel at once: blocks up to 256 MB come from the heap rather than from fresh mappings, and
/// the heap is trimmed only when 512 MB lie unused at its top. A training loop allocates and frees
/// the same large matrices every step; without this each one is a new mapping whose pages the
/// kernel must fault in and zero again. Does nothing outside glibc.
void cprocess_keep_freed_memory(void);

#endif
