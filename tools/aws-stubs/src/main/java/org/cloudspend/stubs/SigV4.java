package org.cloudspend.stubs;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks an AWS Signature Version 4 {@code Authorization} header the way AWS does: recompute, compare. */
final class SigV4 {

    private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/"
            + "([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})");

    /** The parts of a signature header. */
    record Signature(String accessKeyId, String date, String region, String service, List<String> signedHeaders,
            String signature) {
    }

    private SigV4() {
    }

    static Signature parse(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            throw new StubError(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            throw new StubError(400, "IncompleteSignature", "Authorization header requires a SigV4 signature");
        }
        return new Signature(m.group(1), m.group(2), m.group(3), m.group(4), List.of(m.group(5).split(";")),
                m.group(6));
    }

    static void verify(HttpExchange exchange, byte[] body, Signature signature, String secretAccessKey) {
        Headers headers = exchange.getRequestHeaders();
        String amzDate = headers.getFirst("X-Amz-Date");
        if (amzDate == null || !amzDate.startsWith(signature.date())) {
            throw new StubError(400, "IncompleteSignature", "X-Amz-Date is missing or does not match the scope");
        }
        StringBuilder canonical = new StringBuilder()
                .append(exchange.getRequestMethod()).append('\n')
                .append(exchange.getRequestURI().getRawPath()).append('\n')
                .append(canonicalQuery(exchange.getRequestURI().getRawQuery())).append('\n');
        for (String name : signature.signedHeaders()) {
            List<String> values = headers.get(name);
            String value = values == null ? "" : String.join(",", values).trim().replaceAll(" +", " ");
            canonical.append(name).append(':').append(value).append('\n');
        }
        canonical.append('\n').append(String.join(";", signature.signedHeaders())).append('\n').append(hex(sha256(body)));
        String scope = signature.date() + "/" + signature.region() + "/" + signature.service() + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), signature.date());
        key = hmac(key, signature.region());
        key = hmac(key, signature.service());
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, toSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw new StubError(403, "SignatureDoesNotMatch", "The request signature we calculated does not match"
                    + " the signature you provided. Check your AWS Secret Access Key and signing method.");
        }
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        String[] pairs = rawQuery.split("&");
        for (int i = 0; i < pairs.length; i++) {
            if (!pairs[i].contains("=")) {
                pairs[i] = pairs[i] + "=";
            }
        }
        Arrays.sort(pairs);
        return String.join("&", pairs);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
