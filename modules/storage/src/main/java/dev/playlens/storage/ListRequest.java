package dev.playlens.storage;

/**
 * What to list: keys starting with {@code prefix}; with a {@code delimiter} (usually "/") keys below the next
 * delimiter are folded into prefix entries. {@code pageToken} is the previous page's next token, or null.
 */
public record ListRequest(String prefix, String delimiter, String pageToken, int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 1000;

    public ListRequest {
        prefix = prefix == null ? "" : prefix;
        if (pageSize <= 0 || pageSize > 5000) throw new IllegalArgumentException("page size must be 1..5000: " + pageSize);
    }

    public static ListRequest recursive(String prefix) {
        return new ListRequest(prefix, null, null, DEFAULT_PAGE_SIZE);
    }

    public ListRequest next(String token) {
        return new ListRequest(prefix, delimiter, token, pageSize);
    }
}
