package org.cloudspend.itests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers STS's GetCallerIdentity in the AWS Query protocol (form-encoded POST, XML answer), and refuses, as AWS does,
 * a request that is not signed with Signature Version 4. Runs in the test driver, on the loopback address.
 */
final class StsStub {

    static final String ACCOUNT = "000000000042";
    static final String ARN = "arn:aws:iam::" + ACCOUNT + ":user/cloudspend-itest";

    private static HttpServer server;

    private StsStub() {
    }

    /** Starts the stub once per driver JVM and returns its endpoint. */
    static synchronized String start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", StsStub::handle);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Map<String, String> form = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 ")) {
                respond(exchange, 403, error("Sender", "MissingAuthenticationToken", "Request is missing Authentication Token"));
            } else if (!"POST".equals(exchange.getRequestMethod()) || !"GetCallerIdentity".equals(form.get("Action"))) {
                respond(exchange, 400, error("Sender", "InvalidAction", "Could not find operation " + form.get("Action")));
            } else {
                respond(exchange, 200, """
                        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <GetCallerIdentityResult>
                            <Arn>%s</Arn>
                            <UserId>AIDAITESTUSER0000000</UserId>
                            <Account>%s</Account>
                          </GetCallerIdentityResult>
                          <ResponseMetadata><RequestId>5a1c0e0e-0000-4000-8000-000000000001</RequestId></ResponseMetadata>
                        </GetCallerIdentityResponse>
                        """.formatted(ARN, ACCOUNT));
            }
        }
    }

    private static String error(String type, String code, String message) {
        return """
                <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <Error><Type>%s</Type><Code>%s</Code><Message>%s</Message></Error>
                  <RequestId>5a1c0e0e-0000-4000-8000-000000000002</RequestId>
                </ErrorResponse>
                """.formatted(type, code, message);
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
