#define cpuhp_setup_state_nocalls(a, b, c, d)	(0)
