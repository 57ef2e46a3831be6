#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

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

/// What a placed thread needs before it runs its body.
struct policy_topics_start {
  void (*body)(void *);
  void *context;
  char name[16];
#ifdef __linux__
  int placed;
  cpu_set_t allowed;
#endif
};

static void *policy_topics_run_placed(void *argument) {
  struct policy_topics_start start = *(struct policy_topics_start *)argument;
  free(argument);
#ifdef __linux__
  if (start.placed) pthread_setaffinity_np(pthread_self(), sizeof start.allowed, &start.allowed);
  if (start.name[0]) pthread_setname_np(pthread_self(), start.name);
#endif
  start.body(start.context);
  return NULL;
}

#ifdef __linux__
/// The `away`-th allowed CPU after `here` (round the set, `here` skipped), or -1.
static int policy_topics_other_cpu(const cpu_set_t *allowed, int here, int away) {
  int others = CPU_COUNT(allowed) - (CPU_ISSET(here, allowed) ? 1 : 0);
  if (away <= 0 || others <= 0) return -1;
  int wanted = (away - 1) % others + 1;
  for (int step = 1; step < CPU_SETSIZE; step++) {
    int cpu = (here + step) % CPU_SETSIZE;
    if (CPU_ISSET(cpu, allowed) && --wanted == 0) return cpu;
  }
  return -1;
}
#endif

int policy_topics_start_thread(void (*body)(void *context), void *context, int away, const char *name) {
  struct policy_topics_start *start = malloc(sizeof *start);
  if (!start) return ENOMEM;
  start->body = body;
  start->context = context;
  memset(start->name, 0, sizeof start->name);
  if (name) strncpy(start->name, name, sizeof start->name - 1);
  pthread_attr_t attributes;
  int status = pthread_attr_init(&attributes);
  if (status != 0) {
    free(start);
    return status;
  }
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
#ifdef __linux__
  start->placed = 0;
  CPU_ZERO(&start->allowed);
  int here = sched_getcpu();
  if (here >= 0 && here < CPU_SETSIZE && sched_getaffinity(0, sizeof start->allowed, &start->allowed) == 0) {
    int cpu = policy_topics_other_cpu(&start->allowed, here, away);
    if (cpu >= 0) {
      cpu_set_t one;
      CPU_ZERO(&one);
      CPU_SET(cpu, &one);
      start->placed = pthread_attr_setaffinity_np(&attributes, sizeof one, &one) == 0;
    }
  }
#endif
  pthread_t thread;
  status = pthread_create(&thread, &attributes, policy_topics_run_placed, start);
  pthread_attr_destroy(&attributes);
  if (status != 0) free(start);
  return status;
}
