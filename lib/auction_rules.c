/* auction_rules.c: being written. */
#include "auction_internal.h"
