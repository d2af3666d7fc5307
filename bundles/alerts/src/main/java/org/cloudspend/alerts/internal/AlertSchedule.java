package org.cloudspend.alerts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cloudspend.api.alert.EventTopics;
import org.cloudspend.api.anomaly.AnomalyService;
import org.cloudspend.api.budget.BudgetService;
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
 * When budgets are measured and anomaly monitors run: after every committed load (a restatement can cross a threshold
 * or uncross it, a day's costs complete), at start, and every day just after midnight UTC (a new period starts, a
 * forecast moves with the days left). Loads that commit while an evaluation waits share it.
 */
// immediate: a handler service would wait for its first event to be activated, and with it the daily timer
@Component(immediate = true, property = EventConstants.EVENT_TOPIC + "=" + EventTopics.LOAD_COMMITTED)
public final class AlertSchedule implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AlertSchedule.class);
    private static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(5);

    private final BudgetService budgets;
    private final AnomalyService anomalies;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "cloudspend-budgets"));
    private final AtomicBoolean queued = new AtomicBoolean();

    @Activate
    public AlertSchedule(@Reference BudgetService budgets, @Reference AnomalyService anomalies) {
        this.budgets = budgets;
        this.anomalies = anomalies;
        evaluateSoon();
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).plus(AFTER_MIDNIGHT);
        timer.scheduleAtFixedRate(this::evaluateSoon, Duration.between(now, next).toMillis(),
                TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
    }

    @Override
    public void handleEvent(Event event) {
        evaluateSoon();
    }

    private void evaluateSoon() {
        if (queued.compareAndSet(false, true) && !timer.isShutdown()) {
            timer.execute(() -> {
                queued.set(false);
                LocalDate today = LocalDate.now(clock);
                try {
                    budgets.evaluate(today);
                } catch (RuntimeException e) {
                    LOG.warn("Budgets could not be evaluated: {}", e.getMessage(), e);
                }
                try {
                    anomalies.evaluate(today);
                } catch (RuntimeException e) {
                    LOG.warn("Anomaly monitors could not be evaluated: {}", e.getMessage(), e);
                }
            });
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
