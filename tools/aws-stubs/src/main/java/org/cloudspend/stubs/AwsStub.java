package org.cloudspend.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One loopback HTTP server speaking STS (AWS Query protocol: form-encoded POST, XML answer) and Data Exports, Cost and
 * Usage Reports and Organizations (AWS JSON 1.1: {@code X-Amz-Target}, JSON body). Every request must carry a valid
 * Signature Version 4 signature from a known IAM user or a live role session; as in AWS, a role is assumed only by
 * the account its trust policy names and only with the External ID its condition requires.
 */
public final class AwsStub implements AutoCloseable {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Small pages, so that clients must follow NextToken. */
    private static final int PAGE = 2;

    /** Who signed a request. */
    private record Caller(String accountId, String arn, String secret, Role role) {
    }

    private record User(String accountId, String arn, String secret) {
    }

    private record Session(Caller caller, String accessKeyId, Instant expiration) {
    }

    private final HttpServer server;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Role> roles = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, BillingAccount> accounts = new ConcurrentHashMap<>();
    private final List<String> actions = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration sessionDuration = Duration.ofHours(1);

    private AwsStub(HttpServer server) {
        this.server = server;
    }

    public static AwsStub start() throws IOException {
        AwsStub stub = new AwsStub(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        stub.server.createContext("/", stub::handle);
        stub.server.start();
        return stub;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds an IAM user with an access key. */
    public AwsStub user(String accountId, String userName, String accessKeyId, String secretAccessKey) {
        users.put(accessKeyId, new User(accountId, "arn:aws:iam::" + accountId + ":user/" + userName, secretAccessKey));
        return this;
    }

    /** Deletes an access key: requests signed with it are refused as AWS refuses them. */
    public void revoke(String accessKeyId) {
        users.remove(accessKeyId);
    }

    /** Creates (or replaces) a role whose trust policy names that account and, unless null, requires the External ID. */
    public Role role(String roleArn, String trustedAccountId, String externalId) {
        Role role = new Role(roleArn, trustedAccountId, externalId);
        roles.put(roleArn, role);
        return role;
    }

    public Role role(String roleArn) {
        return roles.get(roleArn);
    }

    /** How long the sessions issued from now on last. */
    public void sessionDuration(Duration duration) {
        sessionDuration = duration;
    }

    /** Lets every session issued so far expire now, as if an hour had passed. */
    public void expireSessions() {
        sessions.replaceAll((token, s) -> new Session(s.caller(), s.accessKeyId(), Instant.now().minusSeconds(1)));
    }

    /** What Data Exports, CUR and Organizations know about the account; created empty on first use. */
    public BillingAccount account(String accountId) {
        return accounts.computeIfAbsent(accountId, BillingAccount::new);
    }

    /** Every action served or refused so far, e.g. {@code sts:AssumeRole}, in order. */
    public List<String> actions() {
        synchronized (actions) {
            return List.copyOf(actions);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (target == null) {
                handleQuery(exchange, body);
            } else {
                handleJson(exchange, body, target);
            }
        }
    }

    // ---- authentication

    private Caller authenticate(HttpExchange exchange, byte[] body) {
        SigV4.Signature signature = SigV4.parse(exchange);
        String token = exchange.getRequestHeaders().getFirst("X-Amz-Security-Token");
        Caller caller;
        if (token != null) {
            Session session = sessions.get(token);
            if (session == null || !session.accessKeyId().equals(signature.accessKeyId())) {
                throw new StubError(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
            }
            if (session.expiration().isBefore(Instant.now())) {
                throw new StubError(400, "ExpiredToken", "The security token included in the request is expired");
            }
            caller = session.caller();
        } else {
            User user = users.get(signature.accessKeyId());
            if (user == null) {
                throw new StubError(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
            }
            caller = new Caller(user.accountId(), user.arn(), user.secret(), null);
        }
        SigV4.verify(exchange, body, signature, caller.secret());
        return caller;
    }

    private void authorize(Caller caller, String action) {
        actions.add(action);
        if (caller.role() != null && caller.role().denies(action)) {
            throw new StubError(400, "AccessDeniedException", "User: " + caller.arn()
                    + " is not authorized to perform: " + action + " because no identity-based policy allows the "
                    + action + " action");
        }
    }

    // ---- STS, AWS Query protocol

    private void handleQuery(HttpExchange exchange, byte[] body) throws IOException {
        try {
            Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
            Caller caller = authenticate(exchange, body);
            String action = form.getOrDefault("Action", "");
            String result = switch (action) {
                case "GetCallerIdentity" -> {
                    actions.add("sts:GetCallerIdentity");
                    yield "<Arn>" + caller.arn() + "</Arn><UserId>AIDASTUB" + caller.accountId() + "</UserId><Account>"
                            + caller.accountId() + "</Account>";
                }
                case "AssumeRole" -> assumeRole(caller, form);
                default -> throw new StubError(400, "InvalidAction", "Could not find operation " + action);
            };
            respond(exchange, 200, "text/xml", "<" + action + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                    + "<" + action + "Result>" + result + "</" + action + "Result>"
                    + "<ResponseMetadata><RequestId>" + requestId() + "</RequestId></ResponseMetadata></" + action
                    + "Response>");
        } catch (StubError e) {
            respond(exchange, e.status, "text/xml", "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                    + "<Error><Type>Sender</Type><Code>" + e.code + "</Code><Message>" + xml(e.getMessage())
                    + "</Message></Error><RequestId>" + requestId() + "</RequestId></ErrorResponse>");
        }
    }

    private String assumeRole(Caller caller, Map<String, String> form) {
        actions.add("sts:AssumeRole");
        String roleArn = form.getOrDefault("RoleArn", "");
        String externalId = form.get("ExternalId");
        String sessionName = form.getOrDefault("RoleSessionName", "");
        if (!ROLE_ARN.matcher(roleArn).matches()) {
            throw new StubError(400, "ValidationError", "1 validation error detected: Value '" + roleArn
                    + "' at 'roleArn' failed to satisfy constraint");
        }
        if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
            throw new StubError(400, "ValidationError", "1 validation error detected: Value at 'externalId' failed"
                    + " to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*");
        }
        if (sessionName.isEmpty()) {
            throw new StubError(400, "ValidationError", "RoleSessionName is required");
        }
        Role role = roles.get(roleArn);
        if (role != null) {
            role.presented(externalId);
        }
        if (role == null || !role.trusts(caller.accountId(), externalId)) {
            throw new StubError(403, "AccessDenied", "User: " + caller.arn()
                    + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
        }
        role.assumed();
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        String sessionArn = "arn:aws:sts::" + role.accountId + ":assumed-role/" + roleName + "/" + sessionName;
        String accessKeyId = role.s3AccessKeyId() != null ? role.s3AccessKeyId() : "ASIA" + randomText(16);
        String secret = role.s3SecretKey() != null ? role.s3SecretKey() : randomText(40);
        String token = "FwoGZXIvYXdzE" + randomText(120);
        Instant expiration = Instant.now().plus(sessionDuration).truncatedTo(ChronoUnit.SECONDS);
        sessions.put(token, new Session(new Caller(role.accountId, sessionArn, secret, role), accessKeyId, expiration));
        return "<Credentials><AccessKeyId>" + accessKeyId + "</AccessKeyId><SecretAccessKey>" + secret
                + "</SecretAccessKey><SessionToken>" + token + "</SessionToken><Expiration>" + expiration
                + "</Expiration></Credentials><AssumedRoleUser><Arn>" + sessionArn + "</Arn><AssumedRoleId>AROASTUB"
                + randomText(12) + ":" + sessionName + "</AssumedRoleId></AssumedRoleUser>";
    }

    // ---- Data Exports, CUR, Organizations: AWS JSON 1.1

    private void handleJson(HttpExchange exchange, byte[] body, String target) throws IOException {
        try {
            Caller caller = authenticate(exchange, body);
            JsonNode request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            BillingAccount account = account(caller.accountId());
            ObjectNode answer;
            synchronized (account) {
                answer = switch (target) {
                    case "AWSBillingAndCostManagementDataExports.ListExports" -> {
                        authorize(caller, "bcm-data-exports:ListExports");
                        yield listExports(account, request);
                    }
                    case "AWSBillingAndCostManagementDataExports.GetExport" -> {
                        authorize(caller, "bcm-data-exports:GetExport");
                        yield getExport(account, request);
                    }
                    case "AWSOrigamiServiceGatewayService.DescribeReportDefinitions" -> {
                        authorize(caller, "cur:DescribeReportDefinitions");
                        yield describeReports(account, request);
                    }
                    case "AWSOrganizationsV20161128.DescribeOrganization" -> {
                        authorize(caller, "organizations:DescribeOrganization");
                        yield describeOrganization(account);
                    }
                    case "AWSOrganizationsV20161128.ListAccounts" -> {
                        authorize(caller, "organizations:ListAccounts");
                        yield listAccounts(account, request);
                    }
                    default -> throw new StubError(400, "UnknownOperationException", "Unknown operation " + target);
                };
            }
            respond(exchange, 200, "application/x-amz-json-1.1", JSON.writeValueAsString(answer));
        } catch (StubError e) {
            String code = switch (e.code) {
                case "InvalidClientTokenId" -> "UnrecognizedClientException";
                case "ExpiredToken" -> "ExpiredTokenException";
                case "SignatureDoesNotMatch" -> "InvalidSignatureException";
                default -> e.code;
            };
            exchange.getResponseHeaders().set("x-amzn-ErrorType", code);
            respond(exchange, e.status == 403 ? 400 : e.status, "application/x-amz-json-1.1",
                    JSON.writeValueAsString(JSON.createObjectNode().put("__type", code).put("message", e.getMessage())));
        }
    }

    private ObjectNode listExports(BillingAccount account, JsonNode request) {
        List<BillingAccount.Export> all = List.copyOf(account.exports.values());
        int from = request.path("NextToken").asInt(0);
        ObjectNode answer = JSON.createObjectNode();
        var list = answer.putArray("Exports");
        for (BillingAccount.Export export : all.subList(from, Math.min(all.size(), from + PAGE))) {
            ObjectNode item = list.addObject().put("ExportArn", account.exportArn(export.name()))
                    .put("ExportName", export.name());
            item.putObject("ExportStatus").put("StatusCode", export.status()).put("LastRefreshedAt", 1.7641e9);
        }
        if (from + PAGE < all.size()) {
            answer.put("NextToken", String.valueOf(from + PAGE));
        }
        return answer;
    }

    private ObjectNode getExport(BillingAccount account, JsonNode request) {
        String arn = request.path("ExportArn").asText();
        BillingAccount.Export export = account.exports.values().stream()
                .filter(e -> account.exportArn(e.name()).equals(arn)).findFirst()
                .orElseThrow(() -> new StubError(400, "ResourceNotFoundException", "Export " + arn + " not found"));
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode item = answer.putObject("Export").put("ExportArn", arn).put("Name", export.name());
        item.putObject("DataQuery").put("QueryStatement", "SELECT bill_bill_type, line_item_unblended_cost FROM "
                + export.table());
        ObjectNode destination = item.putObject("DestinationConfigurations").putObject("S3Destination")
                .put("S3Bucket", export.bucket()).put("S3Prefix", export.prefix()).put("S3Region", export.region());
        destination.putObject("S3OutputConfigurations").put("Compression", export.compression())
                .put("Format", export.format()).put("OutputType", "CUSTOM").put("Overwrite", export.overwrite());
        item.putObject("RefreshCadence").put("Frequency", "SYNCHRONOUS");
        answer.putObject("ExportStatus").put("StatusCode", export.status());
        return answer;
    }

    private ObjectNode describeReports(BillingAccount account, JsonNode request) {
        List<BillingAccount.Report> all = List.copyOf(account.reports.values());
        int from = request.path("NextToken").asInt(0);
        ObjectNode answer = JSON.createObjectNode();
        var list = answer.putArray("ReportDefinitions");
        for (BillingAccount.Report report : all.subList(from, Math.min(all.size(), from + PAGE))) {
            ObjectNode item = list.addObject().put("ReportName", report.name()).put("TimeUnit", "HOURLY")
                    .put("Format", report.format()).put("Compression", report.compression())
                    .put("S3Bucket", report.bucket()).put("S3Prefix", report.prefix())
                    .put("S3Region", report.region()).put("RefreshClosedReports", true)
                    .put("ReportVersioning", report.versioning());
            item.putArray("AdditionalSchemaElements").add("RESOURCES");
            item.putArray("AdditionalArtifacts");
        }
        if (from + PAGE < all.size()) {
            answer.put("NextToken", String.valueOf(from + PAGE));
        }
        return answer;
    }

    private BillingAccount organizationOf(BillingAccount account) {
        if (account.organizationMaster != null) {
            return account(account.organizationMaster);
        }
        return accounts.values().stream()
                .filter(a -> a.members.stream().anyMatch(m -> m.id().equals(account.accountId)))
                .findFirst()
                .orElseThrow(() -> new StubError(400, "AWSOrganizationsNotInUseException",
                        "Your account is not a member of an organization."));
    }

    private ObjectNode describeOrganization(BillingAccount account) {
        BillingAccount master = organizationOf(account);
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("Organization").put("Id", "o-stub" + master.accountId.substring(6))
                .put("FeatureSet", "ALL").put("MasterAccountId", master.accountId)
                .put("MasterAccountArn", "arn:aws:organizations::" + master.accountId + ":account/o-stub/"
                        + master.accountId);
        return answer;
    }

    private ObjectNode listAccounts(BillingAccount account, JsonNode request) {
        BillingAccount master = organizationOf(account);
        if (master != account) {
            throw new StubError(400, "AccessDeniedException", "You don't have permissions to access this resource.");
        }
        int from = request.path("NextToken").asInt(0);
        ObjectNode answer = JSON.createObjectNode();
        var list = answer.putArray("Accounts");
        for (BillingAccount.Member member : master.members.subList(from, Math.min(master.members.size(), from + PAGE))) {
            list.addObject().put("Id", member.id()).put("Name", member.name()).put("Status", member.status())
                    .put("Arn", "arn:aws:organizations::" + master.accountId + ":account/o-stub/" + member.id());
        }
        if (from + PAGE < master.members.size()) {
            answer.put("NextToken", String.valueOf(from + PAGE));
        }
        return answer;
    }

    // ---- plumbing

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }

    private String requestId() {
        return java.util.UUID.randomUUID().toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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

    private static void respond(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
