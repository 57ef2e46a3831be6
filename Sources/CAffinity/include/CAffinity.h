#ifndef POLICY_TOPICS_CAFFINITY_H
#define POLICY_TOPICS_CAFFINITY_H

/// The number of CPUs in the calling thread's affinity mask (`sched_getaffinity`), or 0 when
/// it cannot be read. Swift cannot call it directly: glibc declares it only for _GNU_SOURCE.
int policy_topics_allowed_cpu_count(void);

/// Starts a detached thread that runs `body(context)`, first placed on an allowed CPU other
/// than the caller's and then free to run on every allowed CPU.
///
/// `away` picks which other CPU: the `away`-th allowed one after the caller's, counting round
/// the allowed set and skipping the caller's; 0 (or a single allowed CPU) leaves placement to
/// the scheduler. Only the start is placed: the thread's first act is to take back the whole
/// allowed set, so it is never pinned. The thread is named `name` (cut to 15 bytes). Returns 0,
/// or the error number of `pthread_create`.
int policy_topics_start_thread(void (*body)(void *context), void *context, int away, const char *name);

#endif
