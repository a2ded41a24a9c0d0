bool vexpress_smp_init_ops(void);
void vexpress_flags_set(u32 data);

extern const struct smp_operations vexpress_smp_dt_ops;
