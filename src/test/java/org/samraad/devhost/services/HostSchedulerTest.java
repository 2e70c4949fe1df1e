package org.samraad.devhost.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.samraad.devhost.descriptor.PluginDescriptor.JobConfigModule;
import org.samraad.devhost.persistence.ClusteredJobs;
import org.samraad.devhost.persistence.HostDatabase;
import org.samraad.devhost.persistence.HostDatabaseSettings;

/**
 * Two nodes' schedulers on one database, with jobs due every second: each run of the per-cluster job runs on one
 * node, each run of the local job on both.
 */
public class HostSchedulerTest {
    private static final JobRunner SUCCEEDS = request -> JobRunnerResponse.success();
    private static final List<JobConfigModule> JOBS = List.of(
            new JobConfigModule("per-cluster", "Per cluster", "", "runner", "* * * * * ?", true),
            new JobConfigModule("local", "Local", "", "runner", "* * * * * ?", false));

    private HostDatabase database;
    private final List<HostJobs.Firing> firings = new CopyOnWriteArrayList<>();

    @Before
    public void openTheSharedDatabase() throws Exception {
        database = HostDatabase.open(HostDatabaseSettings.hsqlFile(Files.createTempDirectory("scheduler")), "org.samraad.scheduler");
        new ClusteredJobs(database).createTable();
    }

    @After
    public void closeIt() {
        database.close();
    }

    @Test
    public void eachRunOfAPerClusterJobRunsOnOneNodeAndEachRunOfALocalJobOnEveryNode() throws Exception {
        try (HostScheduler a = HostScheduler.start(node("node-a"), ZoneId.systemDefault(), firings::add);
                HostScheduler b = HostScheduler.start(node("node-b"), ZoneId.systemDefault(), firings::add)) {
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (completeRuns() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        assertTrue("three runs fired on both nodes: " + firings, completeRuns() >= 3);
        Map<Instant, List<HostJobs.Firing>> perCluster = byRunTime("per-cluster");
        Map<Instant, List<HostJobs.Firing>> local = byRunTime("local");
        perCluster.forEach((run, fired) -> {
            if (fired.size() == 2) {
                assertEquals("run " + run + " ran on one node: " + fired, 1, fired.stream().filter(HostJobs.Firing::ran).count());
            }
        });
        local.forEach((run, fired) -> assertTrue("run " + run + " ran on every node that fired it: " + fired,
                fired.stream().allMatch(HostJobs.Firing::ran)));
    }

    private HostJobs node(String id) {
        return new HostJobs(JOBS, bean -> SUCCEEDS, new ClusteredJobs(database), id);
    }

    /** Run times of the per-cluster job that both nodes have fired. */
    private long completeRuns() {
        return byRunTime("per-cluster").values().stream().filter(fired -> fired.size() == 2).count();
    }

    private Map<Instant, List<HostJobs.Firing>> byRunTime(String job) {
        return firings.stream().filter(f -> f.job().equals(job)).collect(Collectors.groupingBy(HostJobs.Firing::runTime));
    }
}
