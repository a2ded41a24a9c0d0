#include "../../generic.h"
