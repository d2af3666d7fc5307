package org.cloudspend.api.export;

import java.util.List;
import java.util.Objects;

/**
 * A parsed export manifest: which delivery of which billing period it describes and which data files belong to it.
 *
 * @param type the export family
 * @param format the data files' format
 * @param exportName the report or export name
 * @param billingPeriod the month covered
 * @param deliveryId what identifies this delivery: the legacy assembly id or the CUR 2.0 execution id
 * @param dataFileKeys the data files, as S3 keys (or paths relative to a local export folder)
 * @param columns the columns announced (a legacy manifest may leave tag columns out: the file header wins)
 */
public record ExportManifest(
        ExportType type,
        ExportFormat format,
        String exportName,
        BillingPeriod billingPeriod,
        String deliveryId,
        List<String> dataFileKeys,
        List<String> columns) {

    public ExportManifest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(exportName, "exportName");
        Objects.requireNonNull(billingPeriod, "billingPeriod");
        Objects.requireNonNull(deliveryId, "deliveryId");
        dataFileKeys = List.copyOf(dataFileKeys);
        columns = List.copyOf(columns);
    }
}
