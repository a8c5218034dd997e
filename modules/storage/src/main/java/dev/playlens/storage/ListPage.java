package dev.playlens.storage;

import java.util.List;

/** One page of a listing; {@code nextToken} is null on the last page. */
public record ListPage(List<ObjectInfo> entries, String nextToken) {
    public ListPage {
        entries = List.copyOf(entries);
    }

    public boolean hasMore() {
        return nextToken != null;
    }
}
