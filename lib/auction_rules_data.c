/* auction_rules_data.c: being written. */
#include "auction_internal.h"
