package org.cloudspend.stubs;

import java.io.ByteArrayInputStream;
import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * S3Proxy on the loopback address with an in-memory blob store: a real S3 protocol server. It checks signatures
 * against one key pair, so only clients holding that pair (e.g. the sessions of a stub role granted S3 access) get in.
 */
public final class S3Server implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStore blobs;
    private final S3Faults faults;

    private S3Server(S3Proxy proxy, BlobStore blobs, S3Faults faults) {
        this.proxy = proxy;
        this.blobs = blobs;
        this.faults = faults;
    }

    public static S3Server start(String accessKeyId, String secretKey) throws Exception {
        BlobStore blobs = new TransientNio2BlobStore();
        S3Faults faults = new S3Faults();
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(faults.around(blobs))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKeyId, secretKey)
                // session credentials send x-amz-security-token, which S3Proxy otherwise answers with 501
                .ignoreUnknownHeaders(true)
                // no graceful wait for idle keep-alive connections when a test stops the server
                .stopTimeout(0)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(5);
        }
        return new S3Server(proxy, blobs, faults);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** The faults clients meet from now on (a test's own puts and buckets never meet them). */
    public S3Faults faults() {
        return faults;
    }

    public S3Server bucket(String name) {
        blobs.createContainer(name);
        return this;
    }

    public S3Server put(String bucket, String key, byte[] content) {
        blobs.putBlob(PutObjectRequest.builder().bucket(bucket).key(key).contentLength((long) content.length).build(),
                new ByteArrayInputStream(content));
        return this;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
