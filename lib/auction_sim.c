/* auction_sim.c: being written. */
#include "auction_internal.h"
