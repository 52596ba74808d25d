/* auction_out.c: being written. */
#include "auction_internal.h"
