	.section .data..gate, "aw"

	.incbin "arch/ia64/kernel/gate.so"
