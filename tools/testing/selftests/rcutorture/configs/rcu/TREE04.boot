rcutree.rcu_fanout_leaf=4 nohz_full=1-N
