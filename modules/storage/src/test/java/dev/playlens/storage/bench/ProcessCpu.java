package dev.playlens.storage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * CPU time a process has used so far (user + system, from /proc on Linux), to tell which process a transfer
 * was waiting on: Azurite runs its JavaScript on one thread, so its CPU seconds close to the wall-clock
 * seconds mean the emulator was the bound.
 */
final class ProcessCpu {
    /** A process that was not found: its CPU seconds are NaN. */
    static final ProcessCpu UNKNOWN = new ProcessCpu(null);

    private final ProcessHandle process;

    private ProcessCpu(ProcessHandle process) {
        this.process = process;
    }

    /** This JVM: Playlens's own transfers. */
    static ProcessCpu self() {
        return new ProcessCpu(ProcessHandle.current());
    }

    /** The harness's Azurite, found by its {@code --blobPort PORT} arguments. */
    static Optional<ProcessCpu> azurite(int port) {
        return find(args -> args.contains("--blobPort") && args.contains(Integer.toString(port)));
    }

    /** The harness's S3Proxy (a separate JVM), found by its jar. */
    static Optional<ProcessCpu> s3proxy() {
        return find(args -> args.stream().anyMatch(a -> a.contains("s3proxy") && a.endsWith(".jar")));
    }

    private static Optional<ProcessCpu> find(Predicate<List<String>> arguments) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> arguments.test(List.of(a))).orElse(false))
                .findFirst()
                .map(ProcessCpu::new);
    }

    /**
     * CPU seconds of this JVM's children that have ended and been waited for (cutime + cstime of /proc/self/stat,
     * in USER_HZ = 100 ticks a second): what awscli cost, read before and after it.
     */
    static double endedChildren() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0; // fields 16 and 17 of proc(5)
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU seconds used since the process started; NaN where the system does not tell. */
    double seconds() {
        if (process == null) return Double.NaN;
        return process.info().totalCpuDuration().map(Duration::toNanos).map(n -> n / 1e9).orElse(Double.NaN);
    }
}
