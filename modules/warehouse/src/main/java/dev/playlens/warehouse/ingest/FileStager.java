package dev.playlens.warehouse.ingest;

import dev.playlens.core.event.ParsedLine;
import dev.playlens.core.job.JobContext;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one source file and writes its valid events as a staging file (see {@link StagingFormat}). Each line
 * tries the byte scanner, then the Jackson path, then {@code TelemetryJson.parse}; rejects are kept with line
 * number, field and reason. An event's {@code seq} is {@code fileIndex << 32 | lineNumber}, so the order is
 * file order then line order whichever thread staged which file. One instance per thread.
 */
final class FileStager {
    private static final int CHECK_EVERY_LINES = 16_384;

    private final StagingFormat format;
    private final ByteEventScanner scanner = new ByteEventScanner();
    private final EventLineParser parser = new EventLineParser();
    private StagingRows finished;

    FileStager(StagingFormat format) {
        this.format = format;
    }

    StagedFile stage(SourceFile file, int fileIndex, Path stagingFile, JobContext ctx, LoadProgress progress)
            throws IOException {
        List<Reject> rejects = new ArrayList<>();
        long[][] ids = {new long[2048]};
        long[][] seqs = {new long[1024]};
        int[] accepted = {0};
        long[] read = {0};
        long seqBase = (long) fileIndex << 32;
        try (CountingInputStream raw = new CountingInputStream(file.open());
             InputStream in = LineReader.decoded(raw);
             OutputStream sink = new BufferedOutputStream(Files.newOutputStream(stagingFile), 1 << 20)) {
            StagingRows out = format.open(sink, finished);
            finished = null;
            LoadProgress.FileTracker tracker = progress.new FileTracker(raw);
            LineReader.forEachLine(in, (buf, off, len, lineNumber) -> {
                if (EventLineParser.isBlank(buf, off, len)) return;
                if (lineNumber >= 1L << 32) throw new IOException(file.key() + ": more than 2^32 lines");
                read[0]++;
                long seq = seqBase | lineNumber;
                long msb, lsb;
                if (scanner.scan(buf, off, len, seq, out)) {
                    msb = scanner.msb;
                    lsb = scanner.lsb;
                } else {
                    StagedEvent e = parser.parse(buf, off, len, seq);
                    if (e == null) {
                        ParsedLine.Rejected r = parser.lastReject();
                        rejects.add(new Reject(file.key(), lineNumber, r.field(), r.reason(),
                                new String(buf, off, len, StandardCharsets.UTF_8)));
                        return;
                    }
                    out.encode(e);
                    msb = e.idMsb();
                    lsb = e.idLsb();
                }
                int n = accepted[0]++;
                if (2 * n + 2 > ids[0].length) ids[0] = Arrays.copyOf(ids[0], ids[0].length * 2);
                if (n + 1 > seqs[0].length) seqs[0] = Arrays.copyOf(seqs[0], seqs[0].length * 2);
                ids[0][2 * n] = msb;
                ids[0][2 * n + 1] = lsb;
                seqs[0][n] = seq;
                if ((lineNumber & (CHECK_EVERY_LINES - 1)) == 0) {
                    ctx.checkCancelled();
                    tracker.update();
                }
            });
            out.finish();
            finished = out;
            tracker.update();
        } catch (UncheckedIOException e) {
            throw new IOException("cannot write the staging file of " + file.key() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot stage " + file.key() + ": " + e.getMessage(), e);
        }
        return new StagedFile(file, stagingFile, read[0], rejects, ids[0], seqs[0], accepted[0]);
    }
}
