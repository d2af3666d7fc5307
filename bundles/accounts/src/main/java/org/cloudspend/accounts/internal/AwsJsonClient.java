package org.cloudspend.accounts.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * Calls an AWS service that speaks the JSON 1.1 protocol (POST, {@code X-Amz-Target: <prefix>.<Operation>}, JSON body),
 * signed with Signature Version 4 by the SDK's signer. The registry here serves no SDK client for Data Exports, CUR or
 * Organizations, and these few read-only calls need nothing more.
 */
final class AwsJsonClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SdkHttpClient http;
    private final URI endpoint;
    private final String signingName;
    private final String region;
    private final String targetPrefix;

    AwsJsonClient(SdkHttpClient http, URI endpoint, String signingName, String region, String targetPrefix) {
        this.http = http;
        this.endpoint = endpoint;
        this.signingName = signingName;
        this.region = region;
        this.targetPrefix = targetPrefix;
    }

    static ObjectNode body() {
        return JSON.createObjectNode();
    }

    /** Calls the operation and returns its JSON answer, or throws the error AWS answered with. */
    JsonNode call(AwsCredentialsProvider credentials, String operation, ObjectNode request) {
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", targetPrefix + "." + operation)
                .putHeader("Host", hostHeader())
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(credentials.resolveCredentials())
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(ContentStreamProvider.fromByteArray(payload))
                    .build()).call();
            JsonNode answer = read(response);
            int status = response.httpResponse().statusCode();
            if (status / 100 != 2) {
                throw new AwsApiException(errorCode(response, answer), answer.path("message")
                        .asText(answer.path("Message").asText("HTTP " + status)), status);
            }
            return answer;
        } catch (IOException e) {
            throw new AwsApiException("ServiceUnavailable", signingName + " could not be reached at " + endpoint
                    + " (" + e.getMessage() + ")", 503);
        }
    }

    private String hostHeader() {
        return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    private static JsonNode read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return JSON.createObjectNode();
        }
        try (InputStream body = response.responseBody().get()) {
            byte[] bytes = body.readAllBytes();
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        }
    }

    /** AWS puts the code in {@code __type} or {@code x-amzn-ErrorType}, sometimes behind a namespace or a URL. */
    private static String errorCode(HttpExecuteResponse response, JsonNode answer) {
        String code = answer.path("__type").asText(response.httpResponse().firstMatchingHeader("x-amzn-ErrorType")
                .orElse("UnknownError"));
        code = code.substring(code.lastIndexOf('#') + 1);
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(0, colon);
    }
}
