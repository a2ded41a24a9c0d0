extern int orangefs_sysfs_init(void);
extern void orangefs_sysfs_exit(void);
