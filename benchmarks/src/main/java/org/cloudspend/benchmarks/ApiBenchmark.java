package org.cloudspend.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/**
 * The two cost questions asked of the HTTP API of a running cloudspend whose store holds the store benchmark's
 * facts, as a dashboard asks them (HTTP Basic, one keep-alive connection, the JSON answer read whole), beside the same
 * questions asked of the flat DuckDB table in this process. Usage: {@code ApiBenchmark <API base URL> <user>
 * <password> <flat.duckdb> <accounts>}.
 */
public final class ApiBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String authorization = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8));
        int accounts = Integer.parseInt(args[4]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (Connection flat = new DuckDBDriver().connect("jdbc:duckdb:" + args[3], readOnly())) {
            String account = StoreBenchmark.accountId(7 % accounts);
            System.out.println("API over HTTP (keep-alive, client-measured) against the flat DuckDB table in process:");
            StoreBenchmark.report("month by service, one account, tag filter", () -> total(client, authorization,
                    base + "/costs?from=2025-01-01&toExclusive=2026-01-01&granularity=month&groupBy=service"
                            + "&include=account=" + account + "&include=tag:environment=prod&limit=10000"),
                    () -> StoreBenchmark.flatTotal(flat, "SELECT sum(c) FROM (SELECT date_trunc('month', day),"
                            + " service, sum(unblended) c FROM facts WHERE account = '" + account + "'"
                            + " AND environment = 'prod' GROUP BY ALL)"));
            StoreBenchmark.report("daily by account, all accounts, one month", () -> total(client, authorization,
                    base + "/costs?from=2025-06-01&toExclusive=2025-07-01&granularity=day&groupBy=account"
                            + "&limit=10000"),
                    () -> StoreBenchmark.flatTotal(flat, "SELECT sum(c) FROM (SELECT day, account, sum(unblended) c"
                            + " FROM facts WHERE day >= DATE '2025-06-01' AND day < DATE '2025-07-01' GROUP BY ALL)"));
        }
    }

    private static Properties readOnly() {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }

    /** One question over HTTP: the answer read and parsed whole, its total returned for the check. */
    private static BigDecimal total(HttpClient client, String authorization, String url) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("total").decimalValue().setScale(10);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
