#include <stdio.h>
#include "asm/bug.h"
