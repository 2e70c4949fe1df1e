package org.samraad.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writers released at the same moment: each contender runs on its own thread (so in its own transaction) and
 * waits at a barrier until all are ready. No sleeps; every round is bounded in time: a round that does not finish
 * fails with its racers' stacks, and its racers are interrupted, which rolls back a racer's lock wait on HSQLDB
 * ({@link TestDatabase}), so no racer is left holding a session that the test's teardown would wait for.
 */
public final class Race {
    private static final Duration ROUND = Duration.ofSeconds(60);
    private static final Duration RACERS_END = Duration.ofSeconds(10);

    private Race() {}

    /** What each contender ended with, in order: its result, or the exception it threw. */
    public static List<Object> run(List<Callable<?>> contenders) {
        return run(contenders, ROUND);
    }

    static List<Object> run(List<Callable<?>> contenders, Duration round) {
        CyclicBarrier start = new CyclicBarrier(contenders.size());
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        List<Thread> racers = new CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + round.toNanos();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Callable<?> contender : contenders) {
                runs.add(pool.submit(() -> {
                    racers.add(Thread.currentThread());
                    start.await(round.toMillis(), TimeUnit.MILLISECONDS);
                    return contender.call();
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> run : runs) {
                try {
                    outcomes.add(run.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } catch (TimeoutException e) {
            throw new AssertionError("a race round did not finish in " + round.toSeconds() + " s; the racers:\n"
                    + stacks(racers), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while racing", e);
        } finally {
            pool.shutdownNow();
            awaitRacersEnd(pool);
        }
    }

    private static String stacks(List<Thread> racers) {
        StringBuilder dump = new StringBuilder();
        for (Thread racer : racers) {
            dump.append('"').append(racer.getName()).append("\" ").append(racer.getState()).append('\n');
            for (StackTraceElement frame : racer.getStackTrace()) {
                dump.append("\tat ").append(frame).append('\n');
            }
        }
        return dump.toString();
    }

    private static void awaitRacersEnd(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(RACERS_END.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println("Race: racers still running " + RACERS_END.toSeconds() + " s after the interrupt");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
