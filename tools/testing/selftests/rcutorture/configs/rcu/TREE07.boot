nohz_full=2-9
