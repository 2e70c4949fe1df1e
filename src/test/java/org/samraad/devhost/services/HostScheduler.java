package org.samraad.devhost.services;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.samraad.devhost.descriptor.PluginDescriptor.JobConfigModule;
import org.samraad.devhost.services.HostJobs.Firing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * The jobs on their {@code <schedule cron-expression>}, when a node is started with {@code -Ddevhost.schedule=cron}
 * (off by default, so the host's behaviour does not depend on the clock): at each run time the node fires the job
 * ({@link HostJobs#fire}), as every Confluence node's scheduler does, and a per-cluster job then runs on the one
 * node that claims that run. Times are in the JVM's zone, as Confluence's cron jobs without a zone run in the
 * server's. Not Confluence's: no jitter ({@code jitterSecs}), no run history, and the expression is read by Spring's
 * {@link CronExpression}, which agrees with Quartz's syntax for the plugin's expressions ({@code 0 0 6 * * ?}) but
 * numbers weekdays from Monday, not from Sunday.
 */
public final class HostScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostScheduler.class);

    private final HostJobs jobs;
    private final ZoneId zone;
    private final Consumer<Firing> fired;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "devhost-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    private HostScheduler(HostJobs jobs, ZoneId zone, Consumer<Firing> fired) {
        this.jobs = jobs;
        this.zone = zone;
        this.fired = fired;
    }

    /** Schedules every job that has a cron expression; {@code fired} hears what this node did at each run time. */
    public static HostScheduler start(HostJobs jobs, ZoneId zone, Consumer<Firing> fired) {
        HostScheduler scheduler = new HostScheduler(jobs, zone, fired);
        ZonedDateTime now = ZonedDateTime.now(zone);
        for (JobConfigModule job : jobs.jobs()) {
            if (job.cron() != null && !job.cron().isBlank()) {
                scheduler.scheduleAfter(job, CronExpression.parse(job.cron()), now);
            }
        }
        return scheduler;
    }

    private void scheduleAfter(JobConfigModule job, CronExpression cron, ZonedDateTime after) {
        ZonedDateTime next = cron.next(after);
        if (next == null || timer.isShutdown()) {
            return;
        }
        long delay = Math.max(0, Duration.between(ZonedDateTime.now(zone), next).toMillis());
        try {
            timer.schedule(() -> {
                try {
                    jobs.fire(job.key(), next.toInstant()).ifPresent(fired);
                } catch (RuntimeException e) {
                    LOG.error("Job {} run of {} failed to fire", job.key(), next, e);
                } finally {
                    scheduleAfter(job, cron, next);
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // the node is stopping: no next run
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
