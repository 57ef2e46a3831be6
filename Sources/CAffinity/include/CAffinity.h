#ifndef POLICY_TOPICS_CAFFINITY_H
#define POLICY_TOPICS_CAFFINITY_H

/// The number of CPUs in the calling thread's affinity mask (`sched_getaffinity`), or 0 when
/// it cannot be read. Swift cannot call it directly: glibc declares it only for _GNU_SOURCE.
int policy_topics_allowed_cpu_count(void);

#endif
