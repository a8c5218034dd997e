package dev.playlens.demo;

import dev.playlens.core.job.JobCancelledException;
import dev.playlens.core.job.JobContext;
import dev.playlens.core.level.Level;
import dev.playlens.core.level.LevelsFile;
import dev.playlens.demo.output.EventEmitter;
import dev.playlens.demo.output.HourFiles;
import dev.playlens.demo.output.LineBatch;
import dev.playlens.demo.output.StagingArea;
import dev.playlens.demo.output.TruthCsv;
import dev.playlens.demo.sim.DaySimulator;
import dev.playlens.demo.sim.DemoCalendar;
import dev.playlens.demo.sim.GameWorld;
import dev.playlens.demo.sim.PlayerState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Generates the demo game into a folder: {@code bucket/events/YYYY/MM/DD/HH/*.json.gz},
 * {@code levels/*.png}, {@code levels.json} and {@code truth/players.csv}.
 *
 * <p>Days are simulated in order; within a day, players are split into fixed chunks simulated in
 * parallel, each player from its own seeded stream, and lines are written per hour in parallel, a
 * segment of about {@value #SEGMENT_LINES} lines at a time. Memory holds two segments and the player
 * states, so it does not grow with the number of events. The split depends on the spec only, never on
 * the thread count, so the same spec gives byte-identical files. Output is built in a staging folder
 * and swapped in at the end: a cancel leaves the previous generation in place.
 */
public final class DemoGenerator {
    public static final String TRUTH_FILE = "truth/players.csv";
    public static final String BUCKET = "bucket";
    public static final String LEVELS_FILE = "levels.json";
    /** Lines per segment: a day's lines are written in segments, one file per segment per hour. */
    static final int SEGMENT_LINES = 100_000;
    private static final int CHUNK_PLAYERS = 500;
    /** Fastest deflate: about 1.7x the speed of the default level for files about 16 % larger. */
    private static final int GZIP_LEVEL = 1;

    private final DemoSpec spec;
    private final int threads;

    public DemoGenerator(DemoSpec spec) {
        this(spec, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads worker threads; the output does not depend on it */
    public DemoGenerator(DemoSpec spec, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        this.spec = spec;
        this.threads = threads;
    }

    public DemoSummary generate(Path dir, JobContext ctx) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "demo-generator");
            t.setDaemon(true);
            return t;
        });
        StagingArea staging = new StagingArea(dir);
        try {
            // images paint on the pool ahead of the simulation tasks queued behind them
            List<Future<Path>> images = submitAll(pool, LevelImages.paintTasks(staging.root()));
            ctx.progress(0, -1, "building " + spec.players() + " players");
            DemoCalendar calendar = new DemoCalendar(spec.startDate(), spec.days());
            GameWorld world = new GameWorld(calendar);
            PlayerState[] players = PlayerFactory.create(spec, calendar, world.levelCount());
            Counts counts = simulate(world, players, staging.root().resolve(BUCKET).resolve("events"), pool, ctx);
            ctx.progress(counts.units, counts.units, "writing ground truth and levels");
            TruthCsv.write(staging.root().resolve(TRUTH_FILE), players, calendar);
            for (Future<Path> f : images) await(f);
            List<Level> levels = LevelImages.levels();
            LevelsFile.write(staging.root().resolve(LEVELS_FILE), levels);
            ctx.checkCancelled();
            staging.commit(List.of(BUCKET, LevelImages.FOLDER, LEVELS_FILE, "truth"));
            return new DemoSummary(spec.players(), counts.events, counts.duplicates, counts.malformed, counts.files,
                    levels, dir.resolve(BUCKET), dir.resolve(LEVELS_FILE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        } finally {
            // stop every task before the staging folder goes, or a late one could write into it again
            stop(pool);
            staging.close();
        }
    }

    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("demo generator tasks did not stop within 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Simulates day by day. Chunks of players run in parallel (a few in flight at a time, results taken
     * in order); their lines gather into a segment that is written out once it holds
     * {@value #SEGMENT_LINES} lines, while the next segment is simulated. Segment boundaries fall on chunk
     * boundaries and depend only on line counts, so they are the same whatever the thread count.
     */
    private Counts simulate(GameWorld world, PlayerState[] players, Path eventsRoot, ExecutorService pool,
                            JobContext ctx) throws IOException, InterruptedException {
        HourFiles hourFiles = new HourFiles(eventsRoot, GZIP_LEVEL);
        DemoCalendar cal = world.calendar();
        int chunks = (players.length + CHUNK_PLAYERS - 1) / CHUNK_PLAYERS;
        long totalUnits = (long) cal.days() * chunks;
        Counts c = new Counts();
        List<Future<Integer>> writing = List.of();
        for (int day = 0; day < cal.days(); day++) {
            ArrayDeque<Future<EventEmitter>> inFlight = new ArrayDeque<>();
            List<LineBatch> segment = new ArrayList<>();
            long segmentLines = 0;
            int segmentIndex = 0;
            int next = 0;
            while (next < chunks || !inFlight.isEmpty()) {
                ctx.checkCancelled();
                while (inFlight.size() < 2 * threads && next < chunks) {
                    int from = next * CHUNK_PLAYERS;
                    int to = Math.min(players.length, from + CHUNK_PLAYERS);
                    int d = day;
                    inFlight.add(pool.submit(() -> simulateChunk(world, players, from, to, d, ctx)));
                    next++;
                }
                EventEmitter e = await(inFlight.poll());
                segment.add(e.batch());
                segmentLines += e.batch().size();
                c.events += e.events();
                c.duplicates += e.duplicates();
                c.malformed += e.malformed();
                c.units++;
                boolean dayDone = next == chunks && inFlight.isEmpty();
                if (segmentLines >= SEGMENT_LINES || (dayDone && segmentLines > 0)) {
                    // at most one segment is being written while the next one fills
                    c.files += awaitAll(writing);
                    String name = "demo-" + cal.date(day).toString().replace("-", "") + "-s" + segmentIndex++
                            + ".json.gz";
                    writing = submitAll(pool, hourFiles.tasks(segment, cal.dayStart(day), name, ctx::isCancelled));
                    segment = new ArrayList<>();
                    segmentLines = 0;
                }
                if (c.units % 16 == 0 || dayDone) {
                    ctx.progress(c.units, totalUnits, String.format("day %d/%d: %,d events", day + 1, cal.days(),
                            c.events));
                }
            }
        }
        c.files += awaitAll(writing);
        return c;
    }

    private static EventEmitter simulateChunk(GameWorld world, PlayerState[] players, int from, int to, int day,
                                              JobContext ctx) {
        if (ctx.isCancelled()) throw new JobCancelledException();
        DaySimulator sim = new DaySimulator(world);
        EventEmitter emitter = new EventEmitter();
        for (int i = from; i < to; i++) sim.simulate(players[i], day, emitter);
        emitter.batch().trim(); // it waits in a segment until written: keep it tight
        return emitter;
    }

    private static <T> List<Future<T>> submitAll(ExecutorService pool, List<Callable<T>> tasks) {
        List<Future<T>> out = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) out.add(pool.submit(t));
        return out;
    }

    private static int awaitAll(List<Future<Integer>> futures) throws IOException, InterruptedException {
        int files = 0;
        for (Future<Integer> f : futures) {
            await(f);
            files++;
        }
        return files;
    }

    /** Unwraps a task's failure: cancels and I/O errors keep their type. */
    private static <T> T await(Future<T> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JobCancelledException jc) throw jc;
            if (cause instanceof IOException io) throw io;
            if (cause instanceof UncheckedIOException uio) throw uio.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IOException("demo generation failed: " + cause, cause);
        }
    }

    private static final class Counts {
        long events;
        long duplicates;
        long malformed;
        int files;
        long units;
    }
}
