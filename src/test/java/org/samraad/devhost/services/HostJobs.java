package org.samraad.devhost.services;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.samraad.devhost.descriptor.PluginDescriptor.JobConfigModule;
import org.samraad.devhost.persistence.ClusteredJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The descriptor's {@code <job-config>} jobs, run on demand (the dev host has no clock-driven scheduler: a schedule
 * would only make its behaviour depend on the clock). The runner is the plugin bean named by {@code <job key>}, as
 * in Confluence; it runs as no user, like a scheduled job.
 *
 * <p>Two ways to start one: {@link #run} runs it now on this node, as an administrator's "Run" does;
 * {@link #fire} is what a node's scheduler does when the job's schedule comes due for a given run time. Every node
 * of a cluster fires every run; a RUN_ONCE_PER_CLUSTER job ({@code perClusterJob="true"}) then runs only on the
 * node that claims the run in the database ({@link ClusteredJobs}), a RUN_LOCALLY job on each node.
 */
public final class HostJobs {
    private static final Logger LOG = LoggerFactory.getLogger(HostJobs.class);

    private final List<JobConfigModule> jobs;
    private final Function<String, Object> pluginBeanByName;
    private final ClusteredJobs clusteredJobs;
    private final String node;

    public HostJobs(List<JobConfigModule> jobs, Function<String, Object> pluginBeanByName, ClusteredJobs clusteredJobs,
            String node) {
        this.jobs = List.copyOf(jobs);
        this.pluginBeanByName = pluginBeanByName;
        this.clusteredJobs = clusteredJobs;
        this.node = node;
    }

    /**
     * One node's firing of a scheduled run.
     *
     * @param ran whether this node ran the job (false: another node claimed this run of a per-cluster job)
     * @param response the job's answer when it ran
     */
    public record Firing(String job, String node, Instant runTime, boolean ran, JobRunnerResponse response) {}

    /** This node's id in the cluster ({@code -Ddevhost.node}). */
    public String node() {
        return node;
    }

    /** The job's schedule came due for {@code runTime} on this node; empty if there is no such job. */
    public Optional<Firing> fire(String moduleKey, Instant runTime) {
        Optional<JobConfigModule> job = job(moduleKey);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        if (job.get().perCluster() && !clusteredJobs.claim(moduleKey, runTime, node)) {
            LOG.info("Job {} run of {}: another node claimed it", moduleKey, runTime);
            return Optional.of(new Firing(moduleKey, node, runTime, false, null));
        }
        return Optional.of(new Firing(moduleKey, node, runTime, true, run(job.get())));
    }

    public List<JobConfigModule> jobs() {
        return jobs;
    }

    /** Runs the job now on this node, whatever its run mode; empty if there is no such job. */
    public Optional<JobRunnerResponse> run(String moduleKey) {
        return job(moduleKey).map(this::run);
    }

    private Optional<JobConfigModule> job(String moduleKey) {
        return jobs.stream().filter(j -> j.key().equals(moduleKey)).findFirst();
    }

    private JobRunnerResponse run(JobConfigModule job) {
        String moduleKey = job.key();
        Object runner = pluginBeanByName.apply(job.runnerBean());
        if (!(runner instanceof JobRunner jobRunner)) {
            throw new IllegalStateException("Bean " + job.runnerBean() + " of job " + moduleKey + " is not a JobRunner");
        }
        Date start = new Date(); // when it started, not when it was due: Confluence's JobRunnerRequest.getStartTime
        JobRunnerRequest request = new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return start;
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        };
        try (RequestContext.Binding ignored = RequestContext.bind(null, RequestContext.DEFAULT_LOCALE)) {
            JobRunnerResponse response = jobRunner.runJob(request);
            LOG.info("Job {} ran on node {}: {} {}", moduleKey, node, response == null ? "no response" : response.getRunOutcome(),
                    response == null ? "" : response.getMessage());
            return response;
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", moduleKey, e);
            return JobRunnerResponse.failed(e);
        }
    }
}
