package org.cloudspend.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cloudspend.itests.RunningAssembly.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API of the assembly as scripts and the page use it: logging in with Karaf's users, each role's reach, the
 * customer scoping done by the service, problems in RFC 9457 form, and the OpenAPI document against what is served.
 */
class RestApiIT {

    private static RunningAssembly karaf;
    private static ApiClient admin;
    private static String lastMonthFrom;
    private static String lastMonthTo;

    @BeforeAll
    static void start() throws Exception {
        karaf = RunningAssembly.get();
        karaf.awaitDemoLoaded();
        admin = karaf.admin();
        LocalDate firstOfThisMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        lastMonthFrom = firstOfThisMonth.minusMonths(1).toString();
        lastMonthTo = firstOfThisMonth.toString();
    }

    @Test
    void theAdministratorsPasswordIsMadeOnFirstStartReadableByItsOwnerOnly() throws Exception {
        var file = karaf.home.resolve("etc/cloudspend-admin.password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        List<String> lines = Files.readAllLines(file);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("[A-Za-z0-9]{24}"), "24 letters and digits");
        String users = Files.readString(karaf.home.resolve("etc/users.properties"));
        assertFalse(users.contains(lines.get(0)), "the password is kept hashed only");
        assertTrue(users.contains("admin = {CRYPT}"), users);
        JsonNode me = ApiClient.json(admin.get("/cloudspend/api/v1/me"));
        assertEquals("admin", me.get("user").asText());
        assertEquals("admin", me.get("role").asText());
    }

    @Test
    void aCallerWhoDoesNotLogInIsAskedToWithAProblem() throws Exception {
        HttpResponse<String> anonymous = new ApiClient(karaf.httpPort, null, null).get("/cloudspend/api/v1/costs");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, ApiClient.json(anonymous).get("status").asInt());

        HttpResponse<String> wrong = new ApiClient(karaf.httpPort, "admin", "not-the-password")
                .get("/cloudspend/api/v1/costs");
        assertEquals(401, wrong.statusCode());
        assertEquals("The user name or password is not right", ApiClient.json(wrong).get("detail").asText());
    }

    @Test
    void costsOverHttpEqualTheShellsToTheLastDecimal() throws Exception {
        HttpResponse<String> http = admin.get("/cloudspend/api/v1/costs?from=" + lastMonthFrom + "&toExclusive="
                + lastMonthTo + "&granularity=total&groupBy=service");
        assertEquals(200, http.statusCode(), http.body());
        JsonNode costs = ApiClient.json(http);
        Result shell = karaf.client("cloudspend:cost -f " + lastMonthFrom + " -t "
                + LocalDate.parse(lastMonthTo).minusDays(1) + " -g total --format json");
        JsonNode shellCosts = ApiClient.JSON.readTree(shell.output());
        BigDecimal total = costs.get("total").decimalValue();
        assertTrue(total.signum() > 0, http.body());
        assertEquals(shellCosts.get("total").decimalValue(), total);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : costs.get("rows")) {
            sum = sum.add(row.get("cost").decimalValue());
        }
        assertEquals(0, total.compareTo(sum), "the rows add up to the total");

        HttpResponse<String> csv = admin.get("/cloudspend/api/v1/costs?from=" + lastMonthFrom + "&toExclusive="
                + lastMonthTo + "&granularity=total&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment; filename="));
        assertTrue(csv.body().startsWith("period,service,cost,currency"), csv.body());
    }

    @Test
    void badInputIsA400NamingTheParameterInTheShellsWords() throws Exception {
        HttpResponse<String> bad = admin.get("/cloudspend/api/v1/costs?groupBy=colour");
        assertEquals(400, bad.statusCode());
        JsonNode problem = ApiClient.json(bad);
        assertEquals("groupBy", problem.get("field").asText());
        assertTrue(problem.get("detail").asText().startsWith("Unknown dimension 'colour': use account, payer"),
                bad.body());
        HttpResponse<String> empty = admin.get("/cloudspend/api/v1/costs?from=2026-05-01&toExclusive=2026-05-01");
        assertEquals("toExclusive", ApiClient.json(empty).get("field").asText());
        assertEquals(404, admin.get("/cloudspend/api/v1/accounts/no-such-account").statusCode());
        assertEquals(404, admin.get("/cloudspend/api/v1/no-such-thing").statusCode());
        assertEquals(405, admin.change("PUT", "/cloudspend/api/v1/costs", "{}").statusCode());
    }

    @Test
    void aChangeWithoutTheCustomHeaderOrAJsonBodyIsRefused() throws Exception {
        HttpResponse<String> forged = admin.send(admin.request("/cloudspend/api/v1/accounts/demo/validate")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a=b")).build());
        assertEquals(403, forged.statusCode());
        assertTrue(ApiClient.json(forged).get("detail").asText().contains("X-Requested-By"), forged.body());
        HttpResponse<String> form = admin.send(admin.request("/cloudspend/api/v1/accounts/demo/validate")
                .header("X-Requested-By", "cloudspend").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a=b")).build());
        assertEquals(415, form.statusCode());
        HttpResponse<String> validated = admin.change("POST", "/cloudspend/api/v1/accounts/demo/validate", "{}");
        assertEquals(200, validated.statusCode(), validated.body());
        assertEquals("demo", ApiClient.json(validated).get("account").asText());
    }

    @Test
    void anAccountIsChangedAndValidatedOverHttpAndBadSettingsAreNamed() throws Exception {
        HttpResponse<String> renamed = admin.change("PUT", "/cloudspend/api/v1/accounts/demo",
                "{\"name\": \"Demo, renamed over HTTP\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertTrue(ApiClient.json(renamed).get("passed").asBoolean(), renamed.body());
        assertEquals("Demo, renamed over HTTP",
                ApiClient.json(admin.get("/cloudspend/api/v1/accounts/demo")).get("name").asText());
        assertEquals(200, admin.change("PUT", "/cloudspend/api/v1/accounts/demo",
                "{\"name\": \"Demo (generated data)\"}").statusCode());

        HttpResponse<String> noAccess = admin.change("POST", "/cloudspend/api/v1/accounts",
                "{\"id\": \"new-one\", \"name\": \"New\", \"exportName\": \"daily\", \"bucket\": \"b\"}");
        assertEquals(400, noAccess.statusCode());
        assertTrue(ApiClient.json(noAccess).get("detail").asText().startsWith("Give roleArn"), noAccess.body());
        HttpResponse<String> typo = admin.change("POST", "/cloudspend/api/v1/accounts",
                "{\"id\": \"new-one\", \"roleARN\": \"arn:aws:iam::123456789012:role/x\"}");
        assertEquals("roleARN", ApiClient.json(typo).get("field").asText(), typo.body());
        HttpResponse<String> taken = admin.change("POST", "/cloudspend/api/v1/accounts", "{\"id\": \"demo\"}");
        assertEquals(409, taken.statusCode());
        assertEquals(404, admin.get("/cloudspend/api/v1/accounts/new-one").statusCode(), "nothing was added");
    }

    @Test
    void aViewerReadsEverythingButChangesNothingAndSeesNoExternalId() throws Exception {
        ApiClient viewer = user("vera", "viewer-password-1", "cloudspend-viewer");
        assertEquals(200, viewer.get("/cloudspend/api/v1/accounts").statusCode());
        assertEquals(200, viewer.get("/cloudspend/api/v1/errors").statusCode());
        assertEquals(200, viewer.get("/cloudspend/api/v1/loads").statusCode());
        HttpResponse<String> delete = viewer.change("DELETE", "/cloudspend/api/v1/accounts/demo", null);
        assertEquals(403, delete.statusCode());
        assertTrue(ApiClient.json(delete).get("detail").asText().contains("cloudspend-admin"), delete.body());
        assertEquals(403, viewer.get("/cloudspend/api/v1/integrations").statusCode());
        assertEquals(200, admin.get("/cloudspend/api/v1/accounts/demo").statusCode(), "the account is still there");

        ApiClient karafOnly = user("kurt", "karaf-password-1", "admin", "manager");
        assertEquals(403, karafOnly.get("/cloudspend/api/v1/costs").statusCode(), "a Karaf role is no cloudspend role");
    }

    @Test
    void aCustomerUserSeesOnlyItsOwnCostsWhateverTheQueryAsks() throws Exception {
        JsonNode byAccount = ApiClient.json(admin.get("/cloudspend/api/v1/costs?from=" + lastMonthFrom
                + "&toExclusive=" + lastMonthTo + "&granularity=total&groupBy=account"));
        String account = byAccount.get("rows").get(0).get("account").asText();
        assertEquals(0, karaf.client("cloudspend:customer-add -n Acme acme").status());
        assertEquals(0, karaf.client("cloudspend:customer-map --account " + account + " acme").status());
        assertEquals(0, karaf.client("cloudspend:customer-add -n Globex globex").status());
        ApiClient customer = user("cora", "customer-password-1", "cloudspend-customer", "cloudspend-customer:acme");

        HttpResponse<String> own = customer.get("/cloudspend/api/v1/costs?from=" + lastMonthFrom + "&toExclusive="
                + lastMonthTo + "&granularity=total&groupBy=account");
        assertEquals(200, own.statusCode(), own.body());
        JsonNode costs = ApiClient.json(own);
        for (JsonNode row : costs.get("rows")) {
            assertEquals(account, row.get("account").asText(), own.body());
        }
        assertEquals(byAccount.get("rows").get(0).get("cost").decimalValue(), costs.get("total").decimalValue());
        assertEquals("acme", costs.get("customer").asText());

        assertEquals(403, customer.get("/cloudspend/api/v1/costs?customer=globex").statusCode());
        HttpResponse<String> widened = customer.get("/cloudspend/api/v1/costs?from=" + lastMonthFrom
                + "&toExclusive=" + lastMonthTo + "&granularity=total&groupBy=account&exclude=account=" + account);
        assertEquals(200, widened.statusCode());
        assertEquals(0, ApiClient.json(widened).get("rows").size(), "a filter narrows, never widens: " + widened.body());
        for (String elsewhere : List.of("/accounts", "/errors", "/loads", "/customers", "/month-to-date",
                "/unassigned", "/alerts")) {
            assertEquals(403, customer.get("/cloudspend/api/v1" + elsewhere).statusCode(), elsewhere);
        }
        assertEquals("acme", ApiClient.json(customer.get("/cloudspend/api/v1/me")).get("customer").asText());
    }

    @Test
    void customersAndTheirRulesAreManagedOverHttp() throws Exception {
        String base = "/cloudspend/api/v1";
        HttpResponse<String> added = admin.change("POST", base + "/customers",
                "{\"id\": \"umbrella\", \"name\": \"Umbrella\", \"markupPercent\": 12.5}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(0, new BigDecimal("12.5").compareTo(ApiClient.json(added).get("markupPercent").decimalValue()));
        assertEquals(409, admin.change("POST", base + "/customers", "{\"id\": \"umbrella\", \"name\": \"U\"}")
                .statusCode());
        HttpResponse<String> badMarkup = admin.change("PUT", base + "/customers/umbrella",
                "{\"markupPercent\": \"a lot\"}");
        assertEquals("markupPercent", ApiClient.json(badMarkup).get("field").asText(), badMarkup.body());
        assertEquals(0, new BigDecimal("-10").compareTo(ApiClient.json(admin.change("PUT", base
                + "/customers/umbrella", "{\"markupPercent\": -10}")).get("markupPercent").decimalValue()));

        HttpResponse<String> rule = admin.change("POST", base + "/rules",
                "{\"customer\": \"umbrella\", \"tag\": \"team=research\"}");
        assertEquals(201, rule.statusCode(), rule.body());
        String ruleId = ApiClient.json(rule).get("id").asText();
        assertEquals(1, ApiClient.json(admin.get(base + "/customers/umbrella")).get("rules").size());
        assertEquals(400, admin.change("POST", base + "/rules", "{\"customer\": \"umbrella\"}").statusCode());
        assertEquals(204, admin.change("DELETE", base + "/rules/" + ruleId, null).statusCode());
        assertEquals(204, admin.change("DELETE", base + "/customers/umbrella", null).statusCode());
        assertEquals(404, admin.get(base + "/customers/umbrella").statusCode());
    }

    /** Budgets and anomaly monitors set up over HTTP (amounts too large to raise an alert here). */
    @Test
    void budgetsAndAnomalyMonitorsAreManagedOverHttp() throws Exception {
        String base = "/cloudspend/api/v1";
        HttpResponse<String> budget = admin.change("POST", base + "/budgets", "{\"name\": \"everything\","
                + " \"amount\": 100000000, \"thresholds\": [\"actual:90\", \"forecast:100\"],"
                + " \"exclude\": [\"line-item-type=Tax\"], \"leaveOut\": [\"credits\"]}");
        assertEquals(201, budget.statusCode(), budget.body());
        assertEquals(409, admin.change("POST", base + "/budgets", "{\"name\": \"everything\", \"amount\": 1}")
                .statusCode());
        HttpResponse<String> badThreshold = admin.change("PUT", base + "/budgets/everything",
                "{\"thresholds\": [\"sometimes:50\"]}");
        assertEquals("thresholds", ApiClient.json(badThreshold).get("field").asText(), badThreshold.body());
        HttpResponse<String> cents = admin.change("PUT", base + "/budgets/everything", "{\"amount\": 10.001}");
        assertEquals("amount", ApiClient.json(cents).get("field").asText(), cents.body());
        assertEquals(200, admin.change("PUT", base + "/budgets/everything", "{\"amount\": 200000000}").statusCode());
        JsonNode status = ApiClient.json(admin.get(base + "/budgets/everything/status"));
        assertEquals(2, status.get("rows").size(), "this period and the last: " + status);
        assertEquals(204, admin.change("DELETE", base + "/budgets/everything", null).statusCode());

        HttpResponse<String> monitor = admin.change("POST", base + "/anomaly-monitors", "{\"name\": \"services\","
                + " \"dimension\": \"service\", \"minImpact\": 1000000, \"minPercent\": 500}");
        assertEquals(201, monitor.statusCode(), monitor.body());
        HttpResponse<String> badDimension = admin.change("POST", base + "/anomaly-monitors",
                "{\"name\": \"colours\", \"dimension\": \"colour\"}");
        assertEquals("dimension", ApiClient.json(badDimension).get("field").asText(), badDimension.body());
        assertEquals(1, ApiClient.json(admin.get(base + "/anomaly-monitors")).get("page").get("total").asInt());
        assertEquals(204, admin.change("DELETE", base + "/anomaly-monitors/services", null).statusCode());
    }

    /** The reverse (every route served is documented) is checked by the rest bundle's OpenApiRoutesTest. */
    @Test
    void everyRouteTheOpenApiDocumentNamesIsServed() throws Exception {
        HttpResponse<String> document = admin.get("/cloudspend/api/v1/openapi.json");
        assertEquals(200, document.statusCode());
        JsonNode openApi = ApiClient.json(document);
        assertEquals("3.0.3", openApi.get("openapi").asText());
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                // a path with an id that does not exist: served means 404 for the id, never "no such resource"
                String url = "/cloudspend/api/v1" + path.getKey().replaceAll("\\{[^}]+}", "no-such-id");
                if (method.equals("DELETE")) {
                    continue; // served: checked by aViewerReads... with 403, never deleting here
                }
                HttpResponse<String> answer = method.equals("GET") ? admin.get(url + (url.endsWith("tag-keys")
                        ? "?key=team" : "")) : admin.change(method, url, "{}");
                if (answer.statusCode() == 405 || answer.body().contains("There is no resource")) {
                    missing.add(method + " " + path.getKey() + ": " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** A user of Karaf's realm, as cloudspend:user-add writes it. */
    private static ApiClient user(String name, String password, String... roles) throws Exception {
        karaf.addUser(name, password, roles);
        ApiClient client = new ApiClient(karaf.httpPort, name, password);
        assertNotEquals(401, client.get("/cloudspend/api/v1/me").statusCode(), name + " logs in");
        return client;
    }
}
