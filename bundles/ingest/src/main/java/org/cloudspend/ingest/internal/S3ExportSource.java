package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cloudspend.api.export.ExportObject;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An export in S3. The SDK retries throttling and server errors itself; a download that breaks half-way is fetched
 * again whole (after 1, 2, 4... seconds), into a temporary file that replaces the target only when complete; an
 * object read as it arrives goes on from where it broke ({@link S3ObjectStream}).
 */
final class S3ExportSource implements ExportSource {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int attempts;
    private final Duration firstPause;

    S3ExportSource(S3Client s3, String bucket, String prefix, int attempts, Duration firstPause) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.attempts = Math.max(1, attempts);
        this.firstPause = firstPause;
    }

    @Override
    public List<ExportObject> list() {
        List<ExportObject> listing = new ArrayList<>();
        for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
            listing.add(new ExportObject(object.key(), object.lastModified(), object.size()));
        }
        return listing;
    }

    @Override
    public void download(String key, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        for (int attempt = 1; ; attempt++) {
            try (InputStream in = s3.getObject(r -> r.bucket(bucket).key(key))) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (IOException | SdkException e) {
                Files.deleteIfExists(partial);
                if (attempt >= attempts || !retryable(e)) {
                    throw e;
                }
                pause(firstPause.multipliedBy(1L << (attempt - 1)));
            }
        }
    }

    @Override
    public InputStream open(String key) {
        return new S3ObjectStream(s3, bucket, key, attempts, firstPause);
    }

    /** A broken connection or an S3 hiccup is worth another try; a refusal or a missing object is not. */
    static boolean retryable(Exception e) {
        if (e instanceof software.amazon.awssdk.awscore.exception.AwsServiceException service) {
            return service.statusCode() >= 500 || service.isThrottlingException();
        }
        return true;
    }

    static void pause(Duration pause) throws IOException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting to fetch again", e);
        }
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public String locate(String key) {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public void close() {
        s3.close();
    }
}
