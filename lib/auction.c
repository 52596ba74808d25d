/* auction.c: being written. */
#include "auction_internal.h"
