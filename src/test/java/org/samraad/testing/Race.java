package org.samraad.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writers released at the same moment: each contender runs on its own thread (so in its own transaction) and
 * waits at a barrier until all are ready. No sleeps; every round is bounded in time.
 */
public final class Race {
    private static final long ROUND_SECONDS = 60;

    private Race() {}

    /** What each contender ended with, in order: its result, or the exception it threw. */
    public static List<Object> run(List<Callable<?>> contenders) {
        CyclicBarrier start = new CyclicBarrier(contenders.size());
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Callable<?> contender : contenders) {
                runs.add(pool.submit(() -> {
                    start.await(ROUND_SECONDS, TimeUnit.SECONDS);
                    return contender.call();
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> run : runs) {
                try {
                    outcomes.add(run.get(ROUND_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } catch (Exception e) {
            throw new IllegalStateException("a race round did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same task for {@code count} contenders, each told its number. */
    public static List<Object> run(int count, Contender contender) {
        List<Callable<?>> contenders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = i;
            contenders.add(() -> contender.run(number));
        }
        return run(contenders);
    }

    @FunctionalInterface
    public interface Contender {
        Object run(int number) throws Exception;
    }
}
