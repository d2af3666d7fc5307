package org.cloudspend.api.account;

import java.util.Objects;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;

/**
 * The billing export an account delivers: its family, its name in AWS, its file format, where it lands and whether a
 * newer delivery is written beside or over the previous one.
 */
public record ExportDefinition(ExportType type, String name, ExportFormat format, S3Location location,
        ExportVersioning versioning) {

    public ExportDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(versioning, "versioning");
    }
}
