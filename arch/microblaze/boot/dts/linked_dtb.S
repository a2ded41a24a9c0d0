.section __fdt_blob,"a"
.incbin "arch/microblaze/boot/dts/system.dtb"
