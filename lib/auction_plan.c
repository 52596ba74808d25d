/* auction_plan.c: being written. */
#include "auction_internal.h"
