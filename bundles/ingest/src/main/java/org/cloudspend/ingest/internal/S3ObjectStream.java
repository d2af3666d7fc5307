package org.cloudspend.ingest.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An S3 object read front to back as it arrives. A connection that breaks part-way is opened again from the byte where
 * it broke, after 1, 2, 4... seconds, up to the source's attempts (the SDK retries throttling and server errors of each
 * request itself): a ranged GET that must match the object's ETag, so that a replaced object is never spliced onto the
 * start of the old one. When it gives up, a {@link SourceFailure} tells the reader's failure from a broken download.
 */
final class S3ObjectStream extends InputStream {

    /** The object could not be read whole: the source's failure, not the file's. */
    static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final int attempts;
    private final Duration firstPause;
    /** Volatile: a reader closed early is closed from the thread that parses, while another may be reading. */
    private volatile ResponseInputStream<GetObjectResponse> current;
    private volatile boolean closed;
    private final String eTag;
    private final long length;
    private long position;
    private int failures;

    /** Opens the object; a refusal or throttling that outlasts the SDK's retries is thrown as the SDK's exception. */
    S3ObjectStream(S3Client s3, String bucket, String key, int attempts, Duration firstPause) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.attempts = Math.max(1, attempts);
        this.firstPause = firstPause;
        this.current = s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
        this.eTag = current.response().eTag();
        this.length = current.response().contentLength();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        while (true) {
            if (closed) {
                throw new IOException("The read of s3://" + bucket + "/" + key + " was closed");
            }
            try {
                ResponseInputStream<GetObjectResponse> stream = current;
                if (stream == null) {
                    stream = reopen();
                }
                int read = stream.read(buffer, offset, count);
                if (read > 0) {
                    position += read;
                } else if (read < 0 && position < length) {
                    throw new EOFException("the connection ended at byte " + position + " of " + length);
                }
                return read;
            } catch (IOException | SdkException e) {
                closeCurrent();
                if (closed) {
                    throw new IOException("The read of s3://" + bucket + "/" + key + " was closed", e);
                }
                if (e instanceof S3Exception refused && refused.statusCode() == 412) {
                    throw new SourceFailure("s3://" + bucket + "/" + key + " was replaced while it was read (its ETag"
                            + " is no longer " + eTag + "): the next check reads the new delivery", e);
                }
                if (++failures >= attempts || !S3ExportSource.retryable(e)) {
                    throw new SourceFailure("Reading s3://" + bucket + "/" + key + " failed at byte " + position
                            + " of " + length + " (" + failures + " attempt(s)): " + e.getMessage(), e);
                }
                S3ExportSource.pause(firstPause.multipliedBy(1L << (failures - 1)));
            }
        }
    }

    /** The rest of the object, as long as it is the object whose start was read. */
    private ResponseInputStream<GetObjectResponse> reopen() {
        current = s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key)
                .range("bytes=" + position + "-").ifMatch(eTag).build());
        return current;
    }

    /** Lets the connection go; one not read to its end is dropped rather than drained. */
    private void closeCurrent() {
        ResponseInputStream<GetObjectResponse> stream = current;
        current = null;
        if (stream != null) {
            try {
                stream.abort();
                stream.close();
            } catch (IOException | RuntimeException e) {
                // the connection is gone already
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        ResponseInputStream<GetObjectResponse> stream = current;
        if (stream != null && position >= length) {
            current = null;
            stream.close();
        }
        closeCurrent();
    }
}
