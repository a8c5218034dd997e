package dev.playlens.storage.transfer;

import java.util.List;

/**
 * What a transfer did. {@code objects} = objects found at the source; {@code copied} + {@code skipped}
 * (already at the destination, same size and checksum/journal tag) + {@code failed} = objects when it ran to the end.
 * {@code bytes} = bytes uploaded this run (parts reused from an earlier run are not counted);
 * {@code verified} = copied objects whose checksums the destination confirmed; {@code failures} = "key: reason" lines.
 */
public record TransferReport(long objects, long copied, long skipped, long failed, long bytes, long verified,
                             List<String> failures) {
    public TransferReport {
        failures = List.copyOf(failures);
    }

    public boolean ok() {
        return failed == 0 && copied + skipped == objects;
    }
}
