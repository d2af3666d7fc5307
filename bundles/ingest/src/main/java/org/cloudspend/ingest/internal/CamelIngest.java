package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.credentials.CredentialProvider;
import org.cloudspend.api.export.ExportLayouts;
import org.cloudspend.api.export.ExportReader;
import org.cloudspend.api.ingest.CopyLoad;
import org.cloudspend.api.ingest.IngestService;
import org.cloudspend.api.ingest.IngestStatus;
import org.cloudspend.api.ingest.RouteInfo;
import org.cloudspend.api.alert.EventTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Owns the CamelContext that keeps every account's costs current: a route per integrated account, made from one
 * template and matched to the account registry every few seconds (added accounts start, removed ones stop, a changed
 * check interval restarts the route).
 */
@Component(service = {IngestService.class, EventHandler.class}, configurationPid = "org.cloudspend.ingest",
        property = EventConstants.EVENT_TOPIC + "=" + EventTopics.ALERT + "*")
@Designate(ocd = IngestConfig.class)
public class CamelIngest implements IngestService, EventHandler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CamelIngest.class);
    private static final String INTERVAL_PREFIX = "check.interval.minutes.";
    private static final long MINIMUM_FIRST_DELAY_MILLIS = 1_000;

    /** Everything the component needs besides its services, so that tests and tools can build it without OSGi. */
    public record Settings(Duration checkInterval, Map<String, Duration> intervalPerAccount, Duration firstCheckDelay,
            Duration accountSync, int maxConcurrentLoads, Duration noDeliveryAfter, int downloadAttempts,
            Duration firstRetryPause, Optional<URI> s3Endpoint, boolean s3PathStyle, Path workFolder,
            Path routesFolder, Duration routesScan, Map<String, String> routeProperties) {
    }

    private final AccountRegistry accounts;
    private final ConfigurationErrors errors;
    private final CostStore store;
    private final Settings settings;
    private final SdkHttpClient http = UrlConnectionHttpClient.create();
    private final ProgressBoard board = new ProgressBoard();
    private final AccountCheck check;
    private final CopyLoader copies;
    private final Map<String, CheckResult> lastChecks = new ConcurrentHashMap<>();
    private final Map<String, Duration> routedAccounts = new HashMap<>();
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final RouteFiles routeFiles;
    private final Map<RoutesBuilder, java.util.Set<String>> builders = new ConcurrentHashMap<>();
    /** Builders refused for reserved ids, with why: listed by routes(). */
    private final Map<RoutesBuilder, String> refusedBuilders = new ConcurrentHashMap<>();

    @Activate
    public CamelIngest(@Reference AccountRegistry accounts, @Reference CredentialProvider credentials,
            @Reference ExportReader reader, @Reference ExportLayouts layouts, @Reference CostStore store,
            @Reference ConfigurationErrors errors, IngestConfig config, Map<String, Object> properties)
            throws Exception {
        this(accounts, credentials, reader, layouts, store, errors, settings(config, properties));
    }

    /** Outside OSGi: for tests, tools and benchmarks. */
    public CamelIngest(AccountRegistry accounts, CredentialProvider credentials, ExportReader reader,
            ExportLayouts layouts, CostStore store, ConfigurationErrors errors, Settings settings) throws Exception {
        this.accounts = accounts;
        this.errors = errors;
        this.store = store;
        this.settings = settings;
        ExportSources sources = new ExportSources(credentials, http, settings.s3Endpoint(), settings.s3PathStyle(),
                settings.downloadAttempts(), settings.firstRetryPause());
        DeliveryFinder finder = new DeliveryFinder(layouts, reader);
        DeliveryLoader loader = new DeliveryLoader(store, reader, board, settings.maxConcurrentLoads());
        this.check = new AccountCheck(accounts, sources, finder, loader, errors, settings.workFolder(),
                settings.noDeliveryAfter(), Clock.systemUTC());
        this.copies = new CopyLoader(layouts, finder, loader, accounts, settings.workFolder());
        this.camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("cloudspend");
        // inside Karaf the embedded Camel finds its components through this bundle's class loader
        camel.setApplicationContextClassLoader(CamelIngest.class.getClassLoader());
        java.util.Properties initial = new java.util.Properties();
        initial.putAll(settings.routeProperties());
        camel.getPropertiesComponent().setInitialProperties(initial);
        this.routeFiles = new RouteFiles(camel, settings.routesFolder());
        camel.addRoutes(new IngestRoutes(this, settings.accountSync().toMillis(), settings.routesScan().toMillis()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(CamelIngest.class.getClassLoader());
        try {
            camel.start();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        this.producer = camel.createProducerTemplate();
        try {
            syncRoutes();
        } catch (Exception | Error e) {
            // the component does not come up: the context it started must not keep running without it
            close();
            throw e;
        }
    }

    private static Settings settings(IngestConfig config, Map<String, Object> properties) {
        Map<String, Duration> perAccount = new HashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(INTERVAL_PREFIX)) {
                try {
                    perAccount.put(key.substring(INTERVAL_PREFIX.length()),
                            Duration.ofMinutes(Long.parseLong(String.valueOf(value).trim())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " in etc/org.cloudspend.ingest.cfg is a number of minutes,"
                            + " not '" + value + "'", e);
                }
            }
        });
        return new Settings(Duration.ofMinutes(config.check_interval_minutes()), perAccount,
                Duration.ofSeconds(config.first_check_delay_seconds()), Duration.ofSeconds(config.account_sync_seconds()),
                config.max_concurrent_loads(), Duration.ofDays(config.no_delivery_days()), config.download_attempts(),
                Duration.ofSeconds(1),
                config.s3_endpoint().isBlank() ? Optional.empty() : Optional.of(URI.create(config.s3_endpoint().trim())),
                config.s3_path_style(),
                Path.of(System.getProperty("karaf.data", "data")).resolve(config.work_folder()),
                Path.of(System.getProperty("karaf.etc", "etc")).resolve(config.routes_folder()),
                Duration.ofSeconds(config.routes_scan_seconds()), routeProperties(properties));
    }

    /** The configuration's own properties (not OSGi's), for route files to use as {{key}}. */
    private static Map<String, String> routeProperties(Map<String, Object> properties) {
        Map<String, String> routeProperties = new HashMap<>();
        properties.forEach((key, value) -> {
            if (!key.startsWith("service.") && !key.startsWith("component.") && !key.startsWith("felix.")
                    && !key.startsWith("osgi.")) {
                routeProperties.put(key, String.valueOf(value));
            }
        });
        return routeProperties;
    }

    @Deactivate
    @Override
    public void close() {
        camel.stop();
        http.close();
    }

    /**
     * An alert raised or resolved, from Event Admin to {@value IngestRoutes#ALERTS} for integrators' routes (mail, a
     * webhook, a chat). The queue takes it without waiting, so Event Admin's delivery thread is never held up.
     */
    @Override
    public void handleEvent(Event event) {
        try {
            producer.sendBodyAndHeaders(IngestRoutes.ALERTS, AlertHeaders.body(event), AlertHeaders.headers(event));
        } catch (RuntimeException e) {
            LOG.warn("Alert {} could not be passed to {}: {}", event.getProperty("id"), IngestRoutes.ALERTS,
                    e.getMessage());
        }
    }

    /** Starts a route for each new account, stops those of removed accounts, restarts those whose interval changed. */
    synchronized void syncRoutes() throws Exception {
        Map<String, Duration> wanted = new HashMap<>();
        for (AwsAccount account : accounts.accounts()) {
            wanted.put(account.id(), settings.intervalPerAccount().getOrDefault(account.id(),
                    settings.checkInterval()));
        }
        for (String id : new ArrayList<>(routedAccounts.keySet())) {
            if (!routedAccounts.get(id).equals(wanted.get(id))) {
                removeRoute(id);
            }
        }
        for (var entry : wanted.entrySet()) {
            if (!routedAccounts.containsKey(entry.getKey())) {
                addRoute(entry.getKey(), entry.getValue());
            }
        }
    }

    private void addRoute(String accountId, Duration interval) throws Exception {
        camel.addRouteFromTemplate(routeId(accountId), IngestRoutes.ACCOUNT_TEMPLATE, Map.of(
                "accountId", accountId,
                "periodMillis", interval.toMillis(),
                // a timer firing at once may fire before its route counts as started, and then skips that run:
                // the first check would wait a whole interval
                "delayMillis", Math.max(MINIMUM_FIRST_DELAY_MILLIS, settings.firstCheckDelay().toMillis())));
        routedAccounts.put(accountId, interval);
        LOG.info("Account {}: its export is checked every {} minutes", accountId, interval.toMinutes());
    }

    private void removeRoute(String accountId) {
        ContextRoutes.remove(camel, java.util.List.of(routeId(accountId)));
        routedAccounts.remove(accountId);
        lastChecks.remove(accountId);
        LOG.info("Account {}: no longer checked", accountId);
    }

    private static String routeId(String accountId) {
        return "cloudspend-account-" + accountId;
    }

    /** Called by the check route: one look at the account's export. */
    CheckResult check(String accountId) {
        CheckResult result = check.run(accountId);
        lastChecks.put(accountId, result);
        return result;
    }

    CamelContext camel() {
        return camel;
    }

    /**
     * A route builder another bundle registered as an OSGi service: its routes join the context, and leave it with the
     * service.
     */
    @Reference(service = RoutesBuilder.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addRoutesBuilder(RoutesBuilder builder) throws Exception {
        try {
            ContextRoutes.refuseReservedIds(camel, builder, "Route builder " + builder.getClass().getName());
        } catch (IllegalArgumentException refused) {
            LOG.error("{}; none of its routes was added", refused.getMessage());
            refusedBuilders.put(builder, refused.getMessage());
            return;
        }
        java.util.Set<String> added = ContextRoutes.add(camel, context -> context.addRoutes(builder));
        builders.put(builder, added);
        LOG.info("Route builder {} added routes {}", builder.getClass().getName(), added);
    }

    synchronized void removeRoutesBuilder(RoutesBuilder builder) {
        refusedBuilders.remove(builder);
        java.util.Set<String> routes = builders.remove(builder);
        if (routes != null) {
            ContextRoutes.remove(camel, routes);
            LOG.info("Route builder {} gone, and its routes {}", builder.getClass().getName(), routes);
        }
    }

    @Override
    public List<RouteInfo> routes() {
        Map<String, String> files = routeFiles.origins();
        Map<String, String> services = new HashMap<>();
        builders.forEach((builder, ids) -> ids.forEach(id -> services.put(id, builder.getClass().getName())));
        List<RouteInfo> routes = new ArrayList<>();
        for (org.apache.camel.Route route : camel.getRoutes()) {
            String id = route.getRouteId();
            String origin = id.startsWith("cloudspend-account-") ? "account " + id.substring("cloudspend-account-".length())
                    : files.containsKey(id) ? "file " + files.get(id)
                    : services.containsKey(id) ? "service " + services.get(id) : "cloudspend";
            routes.add(new RouteInfo(id, String.valueOf(camel.getRouteController().getRouteStatus(id)), origin,
                    route.getEndpoint().getEndpointUri()));
        }
        // what could not join, and why: a route file that fails to load, a builder refused for reserved ids
        routeFiles.describe().forEach((file, state) -> {
            if (state.startsWith("failed: ")) {
                routes.add(new RouteInfo("(none)", "Failed", "file " + file, state.substring("failed: ".length())));
            }
        });
        refusedBuilders.forEach((builder, why) -> routes.add(new RouteInfo("(none)", "Refused",
                "service " + builder.getClass().getName(), why)));
        routes.sort(java.util.Comparator.comparing(RouteInfo::origin).thenComparing(RouteInfo::id));
        return routes;
    }

    /** Per route file, its routes or why it failed to load. */
    Map<String, String> routeFilesState() {
        return routeFiles.describe();
    }

    /** Called by the route-files route: loads new and changed route files. */
    void scanRouteFiles() throws java.io.IOException {
        routeFiles.scan();
    }

    @Override
    public void checkNow(String accountId) {
        if (accounts.account(accountId).isEmpty()) {
            throw new IllegalArgumentException("There is no account '" + accountId + "': see cloudspend:account-list");
        }
        producer.asyncRequestBodyAndHeader(IngestRoutes.CHECK, null, IngestRoutes.ACCOUNT_HEADER, accountId);
    }

    @Override
    public List<CopyLoad> loadCopy(Path path, String exportId, Consumer<CopyLoad> eachPeriod)
            throws IOException, InterruptedException {
        return copies.load(path, exportId, eachPeriod);
    }

    @Override
    public List<IngestStatus> status() {
        List<LoadRecord> history = store.loads(500);
        List<IngestStatus> statuses = new ArrayList<>();
        for (AwsAccount account : accounts.accounts()) {
            Optional<CheckResult> last = Optional.ofNullable(lastChecks.get(account.id()));
            Duration interval = settings.intervalPerAccount().getOrDefault(account.id(), settings.checkInterval());
            Optional<Instant> next = last.map(r -> r.at().plus(interval));
            statuses.add(new IngestStatus(account.id(), last.map(CheckResult::at), last.map(CheckResult::outcome),
                    history.stream().filter(r -> r.claim().exportId().equals(account.id())).findFirst(), next,
                    errors.errors(account.id()).stream().map(ConfigurationError::code).map(Enum::name).toList(),
                    board.progress(account.id())));
        }
        return statuses;
    }
}
