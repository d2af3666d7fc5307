package org.cloudspend.generator;

import java.util.Map;

/**
 * One synthetic line item, with every amount as a long scaled by 10^10 (exactly what the files say) and the four
 * measures it must add up to, decided when the line was made rather than derived by cloudspend's rules.
 */
record GeneratedLine(
        String lineItemId,
        String payerAccountId,
        String usageAccountId,
        String usageAccountName,
        String lineItemType,
        long usageStartSecond,
        long usageEndSecond,
        Catalog.Service service,
        String usageType,
        String operation,
        String availabilityZone,
        Catalog.Region region,
        boolean regionCodeWritten,
        String resourceId,
        String usageAmount,
        long unblended,
        Long netUnblended,
        Long savingsPlanEffectiveCost,
        Long savingsPlanNetEffectiveCost,
        Long savingsPlanTotalCommitment,
        Long savingsPlanUsedCommitment,
        Long reservationEffectiveCost,
        Long reservationNetEffectiveCost,
        Long reservationUnusedUpfront,
        Long reservationNetUnusedUpfront,
        Long reservationUnusedRecurring,
        Long reservationNetUnusedRecurring,
        String reservationArn,
        String savingsPlanArn,
        Map<String, String> tags,
        Map<String, String> costCategories,
        long amortized,
        long netAmortized) {

    /** The net unblended measure: the net column where the export has one, else unblended. */
    long netUnblendedMeasure() {
        return netUnblended == null ? unblended : netUnblended;
    }
}
