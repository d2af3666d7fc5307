package org.cloudspend.cur.internal;

import static org.cloudspend.cur.internal.CurColumn.NET_UNBLENDED_COST;
import static org.cloudspend.cur.internal.CurColumn.RESERVATION_ARN;
import static org.cloudspend.cur.internal.CurColumn.RI_EFFECTIVE_COST;
import static org.cloudspend.cur.internal.CurColumn.RI_NET_EFFECTIVE_COST;
import static org.cloudspend.cur.internal.CurColumn.RI_NET_UNUSED_AMORTIZED_UPFRONT;
import static org.cloudspend.cur.internal.CurColumn.RI_NET_UNUSED_RECURRING_FEE;
import static org.cloudspend.cur.internal.CurColumn.RI_UNUSED_AMORTIZED_UPFRONT;
import static org.cloudspend.cur.internal.CurColumn.RI_UNUSED_RECURRING_FEE;
import static org.cloudspend.cur.internal.CurColumn.SP_EFFECTIVE_COST;
import static org.cloudspend.cur.internal.CurColumn.SP_NET_EFFECTIVE_COST;
import static org.cloudspend.cur.internal.CurColumn.SP_NET_TOTAL_COMMITMENT;
import static org.cloudspend.cur.internal.CurColumn.SP_NET_USED_COMMITMENT;
import static org.cloudspend.cur.internal.CurColumn.SP_TOTAL_COMMITMENT;
import static org.cloudspend.cur.internal.CurColumn.SP_USED_COMMITMENT;
import static org.cloudspend.cur.internal.CurColumn.UNBLENDED_COST;

import org.cloudspend.api.export.CostMeasure;

/**
 * The cost measures of one line item, by AWS's rules (the CUR query library's amortization): the one place they are
 * computed, for every format. Unblended counts every line item type, Savings Plan negations, tax, credits and refunds
 * included. Where an export has no net (after discount) columns the net measures equal the non-net ones.
 */
final class CostMeasureRules {

    private CostMeasureRules() {
    }

    /** Fills {@code measures}, indexed by {@link CostMeasure#ordinal()}, with scaled amounts. */
    static void apply(String lineItemType, RowValues row, long[] measures) {
        long unblended = row.money(UNBLENDED_COST);
        long netUnblended = row.moneyPreferring(NET_UNBLENDED_COST, UNBLENDED_COST);
        long amortized;
        long netAmortized;
        switch (lineItemType) {
            case "SavingsPlanCoveredUsage" -> {
                amortized = row.money(SP_EFFECTIVE_COST);
                netAmortized = row.moneyPreferring(SP_NET_EFFECTIVE_COST, SP_EFFECTIVE_COST);
            }
            case "SavingsPlanRecurringFee" -> {
                amortized = Math.subtractExact(row.money(SP_TOTAL_COMMITMENT), row.money(SP_USED_COMMITMENT));
                netAmortized = Math.subtractExact(row.moneyPreferring(SP_NET_TOTAL_COMMITMENT, SP_TOTAL_COMMITMENT),
                        row.moneyPreferring(SP_NET_USED_COMMITMENT, SP_USED_COMMITMENT));
            }
            case "SavingsPlanNegation", "SavingsPlanUpfrontFee" -> {
                amortized = 0;
                netAmortized = 0;
            }
            case "DiscountedUsage" -> {
                amortized = row.money(RI_EFFECTIVE_COST);
                netAmortized = row.moneyPreferring(RI_NET_EFFECTIVE_COST, RI_EFFECTIVE_COST);
            }
            case "RIFee" -> {
                amortized = Math.addExact(row.money(RI_UNUSED_AMORTIZED_UPFRONT), row.money(RI_UNUSED_RECURRING_FEE));
                netAmortized = Math.addExact(
                        row.moneyPreferring(RI_NET_UNUSED_AMORTIZED_UPFRONT, RI_UNUSED_AMORTIZED_UPFRONT),
                        row.moneyPreferring(RI_NET_UNUSED_RECURRING_FEE, RI_UNUSED_RECURRING_FEE));
            }
            default -> {
                // the upfront fee of a reservation is spread over its usage (DiscountedUsage above)
                boolean reservationUpfront = lineItemType.equals("Fee") && row.has(RESERVATION_ARN);
                amortized = reservationUpfront ? 0 : unblended;
                netAmortized = reservationUpfront ? 0 : netUnblended;
            }
        }
        measures[CostMeasure.UNBLENDED.ordinal()] = unblended;
        measures[CostMeasure.NET_UNBLENDED.ordinal()] = netUnblended;
        measures[CostMeasure.AMORTIZED.ordinal()] = amortized;
        measures[CostMeasure.NET_AMORTIZED.ordinal()] = netAmortized;
    }
}
