package dev.playlens.demo;

import dev.playlens.core.job.JobContext;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A timing harness, not the product's CLI (that is {@code playlens demo}):
 * {@code java -cp … dev.playlens.demo.DemoMain DIR [players] [days] [seed] [threads]}.
 */
public final class DemoMain {
    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DemoMain DIR [players] [days] [seed] [threads]");
            System.exit(2);
        }
        DemoSpec d = DemoSpec.defaults();
        DemoSpec spec = new DemoSpec(args.length > 1 ? Integer.parseInt(args[1]) : d.players(),
                args.length > 2 ? Integer.parseInt(args[2]) : d.days(),
                args.length > 3 ? Long.parseLong(args[3]) : d.seed(), LocalDate.of(2026, 9, 1));
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        DemoSummary s = new DemoGenerator(spec, threads).generate(Path.of(args[0]), new JobContext() {
            private long last;

            @Override
            public void progress(long done, long total, String message) {
                long now = System.nanoTime();
                if (now - last > 2_000_000_000L || done == total) {
                    System.err.printf("[%5.1fs] %d/%d %s%n", (now - t0) / 1e9, done, total, message);
                    last = now;
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("players=%d events=%d duplicates=%d malformed=%d files=%d in %.1f s (%.0f events/s)%n",
                s.players(), s.events(), s.duplicates(), s.malformedLines(), s.files(), secs, s.events() / secs);
    }
}
