/**
 * @file enforcement.h
 * @brief Umbrella header of libenforcement: includes every public module.
 *
 * libenforcement is the reference implementation of the rules of civil
 * judgment enforcement (thi hành án dân sự): exact money and rates, the
 * working-day calendar and statutory periods, and the engines built on them.
 */
#ifndef ENFORCEMENT_H
#define ENFORCEMENT_H

#include "enforcement/common.h"
#include "enforcement/money.h"
#include "enforcement/date.h"
#include "enforcement/trail.h"
#include "enforcement/rules.h"
#include "enforcement/case.h"
#include "enforcement/correct.h"
#include "enforcement/columns.h"
#include "enforcement/review.h"
#include "enforcement/programme.h"
#include "enforcement/io.h"
#include "enforcement/store.h"
#include "enforcement/stats.h"
#include "enforcement/payout.h"
#include "enforcement/auction.h"

#endif /* ENFORCEMENT_H */
