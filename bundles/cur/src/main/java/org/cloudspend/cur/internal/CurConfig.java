package org.cloudspend.cur.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "cloudspend export readers",
        description = "Limits on what a billing export file may hold, so that a broken or hostile file fails clearly"
                + " instead of taking the server's memory.")
@interface CurConfig {

    @AttributeDefinition(name = "Longest CSV record (KB)",
            description = "A CSV record longer than this (a quoted field that never closes, say) fails its file with"
                    + " the row named. AWS's longest rows, with hundreds of tag columns, take tens of kilobytes.")
    int csv_max_record_kilobytes() default CsvScanner.DEFAULT_MAX_RECORD_BYTES / 1024;

    @AttributeDefinition(name = "Largest manifest (MB)",
            description = "A manifest larger than this is refused unread: AWS's are kilobytes.")
    int manifest_max_megabytes() default (int) (ManifestParser.DEFAULT_MAX_BYTES >> 20);
}
