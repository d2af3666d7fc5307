package org.cloudspend.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Random;
import org.cloudspend.stubs.S3Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Reading an object as it arrives from a real S3 protocol server (S3Proxy) whose downloads break half-way. */
class S3ObjectStreamTest {

    private static final String KEY = "exports/data.csv.gz";

    private S3Server server;
    private S3Client s3;
    private final byte[] content = new byte[3_000_000];

    @BeforeEach
    void start() throws Exception {
        new Random(11).nextBytes(content);
        server = S3Server.start(IngestFixture.S3_KEY_ID, IngestFixture.S3_SECRET).bucket("costs");
        server.put("costs", KEY, content);
        s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        IngestFixture.S3_KEY_ID, IngestFixture.S3_SECRET)))
                .region(Region.US_EAST_1).forcePathStyle(true).endpointOverride(URI.create(server.endpoint())).build();
    }

    @AfterEach
    void stop() throws Exception {
        s3.close();
        server.close();
    }

    @Test
    void aBrokenConnectionGoesOnFromTheByteWhereItBroke() throws IOException {
        server.faults().breakDownloads(2);
        try (InputStream in = stream(3)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        // the object's first half, then half of the rest, then the rest: nothing fetched twice
        assertEquals(2, server.faults().rangedDownloads());
    }

    @Test
    void anObjectReplacedWhileItIsReadIsNeverSplicedOntoTheOldStart() throws IOException {
        server.faults().breakDownloads(1);
        try (InputStream in = stream(3)) {
            // well before the break (the server's last buffer before it may not arrive)
            assertEquals(1_000_000, in.readNBytes(1_000_000).length);
            server.put("costs", KEY, new byte[content.length]);
            S3ObjectStream.SourceFailure failure = assertThrows(S3ObjectStream.SourceFailure.class,
                    in::readAllBytes);
            assertTrue(failure.getMessage().startsWith("s3://costs/" + KEY + " was replaced while it was read"),
                    failure.getMessage());
        }
    }

    @Test
    void connectionsThatKeepBreakingFailAfterTheAttempts() throws IOException {
        server.faults().breakDownloads(10);
        try (InputStream in = stream(3)) {
            S3ObjectStream.SourceFailure failure = assertThrows(S3ObjectStream.SourceFailure.class,
                    in::readAllBytes);
            // about 1,500,000 + 750,000 + 375,000 bytes came before the third break
            assertTrue(failure.getMessage().matches("Reading s3://costs/" + KEY + " failed at byte 2[56]\\d{5} of"
                    + " 3000000 \\(3 attempt\\(s\\)\\): .*"), failure.getMessage());
        }
    }

    @Test
    void aReadClosedPartWayDropsItsConnectionAndReadsNoMore() throws IOException {
        S3ObjectStream in = stream(3);
        assertEquals(1_000, in.readNBytes(1_000).length);
        in.close();
        IOException closed = assertThrows(IOException.class, in::read);
        assertEquals("The read of s3://costs/" + KEY + " was closed", closed.getMessage());
        assertEquals(0, server.faults().rangedDownloads(), "nothing fetched again after the close");
    }

    private S3ObjectStream stream(int attempts) {
        return new S3ObjectStream(s3, "costs", KEY, attempts, Duration.ofMillis(1));
    }
}
