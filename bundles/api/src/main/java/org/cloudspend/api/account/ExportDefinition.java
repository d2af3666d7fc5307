package org.cloudspend.api.account;

import java.util.Objects;
import org.cloudspend.api.export.ExportFormat;
import org.cloudspend.api.export.ExportType;

/** The billing export an account delivers: its family, its name in AWS, its file format and where it lands. */
public record ExportDefinition(ExportType type, String name, ExportFormat format, S3Location location) {

    public ExportDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(location, "location");
    }
}
