rcutorture.torture_type=tasks-rude
rcutree.use_softirq=0
