package org.cloudspend.alerts.internal;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AccountType;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.alert.AlertStore;
import org.cloudspend.api.alert.EventTopics;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetRegistry;
import org.cloudspend.api.budget.BudgetService;
import org.cloudspend.api.budget.BudgetStatus;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.cost.MonthToDate;
import org.cloudspend.api.export.CostMeasure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cost metrics for a monitoring server that polls JMX (Karaf's management feature, Jolokia, a JMX collector): one
 * MBean per budget and per integrated account, one for cloudspend as a whole, in the platform MBean server. The set
 * of MBeans follows the budgets and accounts every minute and after every load and alert; each MBean measures when
 * read, at most once a minute.
 */
// immediate: a handler service would wait for its first event to be activated, and with it the MBeans
@Component(service = EventHandler.class, immediate = true, property = {
        EventConstants.EVENT_TOPIC + "=" + EventTopics.LOAD_COMMITTED,
        EventConstants.EVENT_TOPIC + "=" + EventTopics.ALERT + "*"})
public final class CostMetrics implements EventHandler {

    static final String DOMAIN = "org.cloudspend";
    private static final Logger LOG = LoggerFactory.getLogger(CostMetrics.class);
    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final int LOADS_SCANNED = 1_000;

    private final BudgetRegistry budgets;
    private final BudgetService budgetService;
    private final AccountRegistry accounts;
    private final CostQueryService costs;
    private final CostStore store;
    private final ConfigurationErrors errors;
    private final AlertStore alerts;
    private final Clock clock;
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final Set<ObjectName> registered = new HashSet<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "cloudspend-metrics"));

    @Activate
    public CostMetrics(@Reference BudgetRegistry budgets, @Reference BudgetService budgetService,
            @Reference AccountRegistry accounts, @Reference CostQueryService costs, @Reference CostStore store,
            @Reference ConfigurationErrors errors, @Reference AlertStore alerts) {
        this(budgets, budgetService, accounts, costs, store, errors, alerts, Clock.systemUTC());
        timer.scheduleWithFixedDelay(this::syncQuietly, 0, FRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    CostMetrics(BudgetRegistry budgets, BudgetService budgetService, AccountRegistry accounts,
            CostQueryService costs, CostStore store, ConfigurationErrors errors, AlertStore alerts, Clock clock) {
        this.budgets = budgets;
        this.budgetService = budgetService;
        this.accounts = accounts;
        this.costs = costs;
        this.store = store;
        this.errors = errors;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** A load or an alert: budgets or accounts may have come or gone since the last look. */
    @Override
    public void handleEvent(Event event) {
        if (!timer.isShutdown()) {
            timer.execute(this::syncQuietly);
        }
    }

    /** Registers an MBean for each budget and account that has none, unregisters those of the ones that went. */
    synchronized void sync() throws JMException {
        Set<ObjectName> wanted = new HashSet<>();
        ObjectName whole = name("Cloudspend", null);
        wanted.add(whole);
        register(whole, () -> new StandardMBean(new Whole(), CloudspendMetricsMBean.class));
        for (Budget budget : budgets.budgets()) {
            ObjectName name = name("Budget", budget.name());
            wanted.add(name);
            register(name, () -> new StandardMBean(new BudgetMetrics(budget.name()), BudgetMetricsMBean.class));
        }
        for (AwsAccount account : accounts.accounts()) {
            ObjectName name = name("Account", account.id());
            wanted.add(name);
            register(name, () -> new StandardMBean(new AccountMetrics(account.id()), AccountMetricsMBean.class));
        }
        for (ObjectName name : Set.copyOf(registered)) {
            if (!wanted.contains(name)) {
                server.unregisterMBean(name);
                registered.remove(name);
            }
        }
    }

    @Deactivate
    synchronized void stop() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        for (ObjectName name : registered) {
            try {
                server.unregisterMBean(name);
            } catch (JMException e) {
                LOG.debug("MBean {} was gone already", name, e);
            }
        }
        registered.clear();
    }

    /** {@code org.cloudspend:type=Budget,name=team}, the name quoted when it holds what JMX names may not. */
    static ObjectName name(String type, String name) throws JMException {
        return new ObjectName(DOMAIN + ":type=" + type + (name == null ? "" : ",name=" + quotedIfNeeded(name)));
    }

    private static String quotedIfNeeded(String name) {
        return name.matches("[A-Za-z0-9._-]+") ? name : ObjectName.quote(name);
    }

    private void register(ObjectName name, MBeanMaker bean) throws JMException {
        if (!registered.contains(name)) {
            server.registerMBean(bean.make(), name);
            registered.add(name);
        }
    }

    private interface MBeanMaker {
        StandardMBean make() throws JMException;
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (JMException | RuntimeException e) {
            LOG.warn("Cost metrics could not be registered in JMX: {}", e.getMessage(), e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A value measured at most once a minute. */
    private final class Fresh<T> {
        private final java.util.function.Supplier<T> measure;
        private T value;
        private Instant measuredAt = Instant.MIN;

        Fresh(java.util.function.Supplier<T> measure) {
            this.measure = measure;
        }

        synchronized T get() {
            Instant now = clock.instant();
            if (value == null || measuredAt.plus(FRESH).isBefore(now)) {
                value = measure.get();
                measuredAt = now;
            }
            return value;
        }
    }

    private final class BudgetMetrics implements BudgetMetricsMBean {
        private final Fresh<BudgetStatus> status;

        BudgetMetrics(String budget) {
            this.status = new Fresh<>(() -> budgetService.status(budget, today()));
        }

        @Override
        public String getPeriodStart() {
            return status.get().periodStart().toString();
        }

        @Override
        public String getCurrency() {
            return status.get().budget().currency();
        }

        @Override
        public BigDecimal getAmount() {
            return status.get().budget().amount();
        }

        @Override
        public BigDecimal getSpent() {
            return status.get().spent();
        }

        @Override
        public BigDecimal getForecast() {
            return status.get().forecast();
        }

        @Override
        public double getSpentPercent() {
            return status.get().spentPercent().doubleValue();
        }

        @Override
        public double getForecastPercent() {
            return status.get().forecastPercent().doubleValue();
        }

        @Override
        public int getThresholdsReached() {
            return status.get().crossed().size();
        }
    }

    private final class AccountMetrics implements AccountMetricsMBean {
        private final String accountId;
        private final Fresh<MonthToDate> month;
        /** When its last successful load ended, if it has one (empty until one has). */
        private final Fresh<Optional<Instant>> lastLoad;

        AccountMetrics(String accountId) {
            this.accountId = accountId;
            this.month = new Fresh<>(this::measure);
            this.lastLoad = new Fresh<>(this::lastLoadEnd);
        }

        private MonthToDate measure() {
            AwsAccount account = accounts.account(accountId).orElseThrow(() -> new IllegalStateException(
                    "account " + accountId + " is gone"));
            Dimension whose = account.accountType() == AccountType.PAYER ? Dimension.PAYER : Dimension.ACCOUNT;
            return costs.monthToDate(today(), CostMeasure.UNBLENDED, List.of(new Filter(GroupBy.of(whose),
                    Set.of(account.awsAccountId().toString()), false)));
        }

        @Override
        public BigDecimal getMonthToDateCost() {
            return month.get().monthToDate();
        }

        @Override
        public BigDecimal getMonthForecast() {
            return month.get().forecast();
        }

        @Override
        public String getCurrency() {
            return month.get().currency();
        }

        private Optional<Instant> lastLoadEnd() {
            return store.loads(LOADS_SCANNED).stream()
                    .filter(load -> load.claim().exportId().equals(accountId) && load.succeeded() && !load.purge())
                    .map(load -> load.startedAt().plus(load.duration()))
                    .max(Instant::compareTo);
        }

        @Override
        public double getHoursSinceLastLoad() {
            return lastLoad.get().map(end -> Duration.between(end, clock.instant()).toSeconds() / 3600.0)
                    .orElse(-1.0);
        }

        @Override
        public int getOpenConfigurationErrors() {
            return errors.errors(accountId).size();
        }
    }

    private final class Whole implements CloudspendMetricsMBean {
        @Override
        public int getOpenAlerts() {
            return alerts.alerts(true).size();
        }

        @Override
        public int getOpenConfigurationErrors() {
            return errors.errors().size();
        }

        @Override
        public int getBudgets() {
            return budgets.budgets().size();
        }

        @Override
        public int getAccounts() {
            return accounts.accounts().size();
        }
    }
}
