package dev.autocaption.bot.schedule;

import java.util.Map;
import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Hands Quartz the jobs built by the composition root, by job key, so Quartz never instantiates anything. */
public final class BotJobFactory implements JobFactory {
    private final Map<JobKey, Job> jobs;

    public BotJobFactory(Map<JobKey, Job> jobs) {
        this.jobs = Map.copyOf(jobs);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        JobKey key = bundle.getJobDetail().getKey();
        Job job = jobs.get(key);
        if (job == null) {
            throw new SchedulerException("no job was built for " + key + "; known: " + jobs.keySet());
        }
        return job;
    }
}
