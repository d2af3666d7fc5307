package org.cloudspend.ingest.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.export.BillingPeriod;
import org.cloudspend.api.export.ExportReadException;
import org.cloudspend.api.export.LineItem;
import org.cloudspend.api.export.LineItemSink;

/**
 * Lets through only line items that belong to the account whose export delivered them: a payer's export holds its
 * own payer account's items, a linked account's export that account's usage, and every item's usage day lies in the
 * delivery's billing period. Anything else is a bucket holding someone else's costs: the load stops at the first
 * such item, so that no account's costs can be put under another's.
 */
final class RowOwnership implements LineItemSink {

    /** The first line item that does not belong; carried past the reader to the loader. */
    static final class ForeignRow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ForeignRow(String message) {
            super(message, null, false, false);
        }
    }

    /** A file with a line item of another account or period, named: the period keeps its previous data. */
    static final class ForeignRowException extends ExportReadException {
        private static final long serialVersionUID = 1L;

        ForeignRowException(String file, ForeignRow row) {
            super(file, row.getMessage() + ": the file is not this account's own export, and nothing of it is loaded",
                    null);
        }
    }

    private final AwsAccount account;
    private final BillingPeriod period;
    private final LineItemSink target;

    RowOwnership(AwsAccount account, BillingPeriod period, LineItemSink target) {
        this.account = account;
        this.period = period;
        this.target = target;
    }

    @Override
    public void accept(LineItem item) {
        String own = account.awsAccountId().value();
        if (account.accountType() == AccountType.LINKED) {
            if (!own.equals(item.usageAccountId())) {
                throw refused(item, "is usage of account " + item.usageAccountId() + ", but linked account '"
                        + account.id() + "' is " + own);
            }
        } else if (!own.equals(item.payerAccountId())) {
            throw refused(item, "names payer account " + item.payerAccountId() + ", but payer account '"
                    + account.id() + "' is " + own);
        }
        LocalDate day = LocalDate.ofInstant(item.usageStart(), ZoneOffset.UTC);
        if (!period.contains(day)) {
            throw refused(item, "is usage of " + day + ", outside the delivery's billing period " + period);
        }
        target.accept(item);
    }

    private static ForeignRow refused(LineItem item, String why) {
        return new ForeignRow("a " + item.lineItemType() + " line item of " + item.productCode() + " "
                + why + " (usage account " + item.usageAccountId() + ", from "
                + item.usageStart() + (item.resourceId() == null || item.resourceId().isEmpty() ? "" : ", resource " + item.resourceId()) + ")");
    }
}
