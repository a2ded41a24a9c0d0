	.serialize.data
	.serialize.instruction
