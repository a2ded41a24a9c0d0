[1:]	nop 0
	.xdata4 ".data", 0, 1b-.
