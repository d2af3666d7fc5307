package org.cloudspend.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What the generator wrote.
 *
 * @param root the folder that stands for the bucket
 * @param manifestKey the delivery's manifest, relative to the root
 * @param dataFileKeys the data files, relative to the root
 * @param deliveryId the assembly or execution id
 * @param expected the exact totals of what was written
 */
public record GeneratedExport(Path root, String manifestKey, List<String> dataFileKeys, String deliveryId,
        ExpectedTotals expected) {
}
