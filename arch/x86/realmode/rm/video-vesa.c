#include "../../boot/video-vesa.c"
