package org.cloudspend.ingest.internal;

import java.math.BigDecimal;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.export.CostMeasure;

/**
 * A committed load as a message: the {@link LoadRecord} as body, and its essentials as plain headers that any route
 * (a log, an HTTP call, a file) can use without knowing cloudspend's classes.
 */
final class LoadSummaryHeaders {

    private LoadSummaryHeaders() {
    }

    static void set(Exchange exchange) {
        Message message = exchange.getMessage();
        LoadRecord record = message.getBody(LoadRecord.class);
        message.setHeader(IngestRoutes.ACCOUNT_HEADER, record.claim().exportId());
        message.setHeader("CloudspendPeriod", record.claim().period().toString());
        message.setHeader("CloudspendDeliveryId", record.claim().deliveryId());
        message.setHeader("CloudspendLineItems", record.rowsIn());
        message.setHeader("CloudspendDailyFacts", record.rowsOut());
        for (CostMeasure measure : CostMeasure.values()) {
            BigDecimal total = record.totals().get(measure);
            if (total != null) {
                message.setHeader("Cloudspend" + camel(measure.name()), total.toPlainString());
            }
        }
    }

    /** NET_UNBLENDED becomes NetUnblended. */
    private static String camel(String constant) {
        StringBuilder name = new StringBuilder();
        for (String part : constant.split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
