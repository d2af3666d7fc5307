package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.cloudspend.api.export.ExportObject;

/** Where an account's export files are: its S3 bucket, or a local copy of it. Keys are relative to the bucket. */
interface ExportSource extends AutoCloseable {

    /** Every object under the export's prefix. */
    List<ExportObject> list() throws IOException;

    /**
     * One object's bytes as they arrive, for reading front to back; a broken connection is resumed where it broke, and
     * a read that cannot go on fails with an {@link java.io.IOException} (never a short end).
     */
    InputStream open(String key) throws IOException;

    /** Copies one object into the file, whole or not at all. */
    void download(String key, Path target) throws IOException;

    /** The bucket and prefix (or folder), for messages. */
    String describe();

    /** Where one object is, for messages: {@code s3://bucket/key} or a path. */
    String locate(String key);

    @Override
    void close();
}
