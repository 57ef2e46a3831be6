#define _GNU_SOURCE
#include <sched.h>

#include "CAffinity.h"

int policy_topics_allowed_cpu_count(void) {
#ifdef __linux__
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return 0;
  return CPU_COUNT(&set);
#else
  return 0;
#endif
}
