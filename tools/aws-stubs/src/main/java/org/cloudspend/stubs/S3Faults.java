package org.cloudspend.stubs;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The faults a busy S3 shows its clients, put between S3Proxy and its blob store: requests answered with
 * {@code 503 SlowDown} (S3's throttling), and downloads whose connection drops half-way through the object.
 */
public final class S3Faults {

    private final AtomicInteger throttledListings = new AtomicInteger();
    private final AtomicInteger throttledDownloads = new AtomicInteger();
    private final AtomicInteger brokenDownloads = new AtomicInteger();
    private final AtomicInteger brokenDataFileDownloads = new AtomicInteger();
    private final AtomicInteger answeredSlowDown = new AtomicInteger();
    private final AtomicInteger rangedDownloads = new AtomicInteger();

    /** The next {@code count} listings are answered 503 SlowDown. */
    public S3Faults throttleListings(int count) {
        throttledListings.set(count);
        return this;
    }

    /** The next {@code count} object downloads are answered 503 SlowDown. */
    public S3Faults throttleDownloads(int count) {
        throttledDownloads.set(count);
        return this;
    }

    /** The next {@code count} object downloads send half of the object, then drop the connection. */
    public S3Faults breakDownloads(int count) {
        brokenDownloads.set(count);
        return this;
    }

    /** The next {@code count} downloads of data files (any object but a {@code .json} manifest) break half-way. */
    public S3Faults breakDataFileDownloads(int count) {
        brokenDataFileDownloads.set(count);
        return this;
    }

    /** How many requests were answered 503 SlowDown so far. */
    public int slowDowns() {
        return answeredSlowDown.get();
    }

    /** How many downloads asked for a range of their object (a client going on where its connection broke). */
    public int rangedDownloads() {
        return rangedDownloads.get();
    }

    /** The blob store S3Proxy serves, with these faults. */
    BlobStore around(BlobStore blobs) {
        return (BlobStore) Proxy.newProxyInstance(BlobStore.class.getClassLoader(), new Class<?>[] {BlobStore.class},
                (proxy, method, args) -> {
                    boolean listing = method.getName().startsWith("list");
                    boolean download = method.getName().equals("getBlob");
                    if ((listing && takeOne(throttledListings)) || (download && takeOne(throttledDownloads))) {
                        answeredSlowDown.incrementAndGet();
                        throw slowDown();
                    }
                    if (download && args[0] instanceof GetObjectRequest request && request.range() != null) {
                        rangedDownloads.incrementAndGet();
                    }
                    Object result;
                    try {
                        result = method.invoke(blobs, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    boolean dataFile = download && args[0] instanceof GetObjectRequest request
                            && !request.key().endsWith(".json");
                    if (download && result instanceof ResponseInputStream<?> object
                            && (takeOne(brokenDownloads) || (dataFile && takeOne(brokenDataFileDownloads)))) {
                        @SuppressWarnings("unchecked")
                        ResponseInputStream<GetObjectResponse> whole = (ResponseInputStream<GetObjectResponse>) object;
                        return halfOf(whole);
                    }
                    return result;
                });
    }

    private static boolean takeOne(AtomicInteger remaining) {
        return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    private static S3Exception slowDown() {
        return (S3Exception) S3Exception.builder().statusCode(503).message("Please reduce your request rate.")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("SlowDown")
                        .errorMessage("Please reduce your request rate.").build())
                .build();
    }

    /** The object's headers (its full length) and the first half of its bytes; reading on fails like a reset. */
    private static ResponseInputStream<GetObjectResponse> halfOf(ResponseInputStream<GetObjectResponse> whole) {
        long half = whole.response().contentLength() / 2;
        InputStream broken = new InputStream() {
            private long sent;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (sent >= half) {
                    throw new IOException("Connection reset (S3Faults: download broken half-way)");
                }
                int read = whole.read(buffer, offset, (int) Math.min(length, half - sent));
                sent += Math.max(read, 0);
                return read;
            }

            @Override
            public void close() throws IOException {
                whole.close();
            }
        };
        return new ResponseInputStream<>(whole.response(), AbortableInputStream.create(broken));
    }
}
