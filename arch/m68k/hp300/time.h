extern void hp300_sched_init(void);
