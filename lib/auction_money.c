/* auction_money.c: being written. */
#include "auction_internal.h"
