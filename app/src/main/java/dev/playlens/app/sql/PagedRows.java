package dev.playlens.app.sql;

import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The result grid's rows: a query job appends streamed rows into fixed-size pages of a {@link Buffer} on its
 * own thread, and the FX thread {@link #publish publishes} them page by page as list additions. The grid is a
 * virtualised TableView, so it only asks for the rows on screen; a row is wrapped in a list view only when
 * asked for, so a million-row result costs the row arrays and nothing per row on the FX side.
 */
public final class PagedRows extends ObservableListBase<List<Object>> {
    public static final int PAGE_SIZE = 4_096;

    /** The rows of one run, written by one job thread; {@link #written()} is safe to read from any thread. */
    public static final class Buffer {
        private final List<Object[][]> pages = new CopyOnWriteArrayList<>();
        private Object[][] current;
        private volatile int written;

        public void append(Object[] row) {
            int n = written;
            if (n % PAGE_SIZE == 0) {
                current = new Object[PAGE_SIZE][];
                pages.add(current);
            }
            current[n % PAGE_SIZE] = row;
            written = n + 1; // volatile write after the slot: readers up to written see complete rows
        }

        public int written() {
            return written;
        }

        Object[] row(int index) {
            return pages.get(index / PAGE_SIZE)[index % PAGE_SIZE];
        }

        int pages() {
            return pages.size();
        }
    }

    private Buffer buffer = new Buffer();
    private int size;
    private final BitSet pagesRead = new BitSet();

    /** Empties the grid and returns the buffer the next run writes into (FX thread). */
    public Buffer reset() {
        Buffer old = buffer;
        int oldSize = size;
        buffer = new Buffer();
        size = 0;
        pagesRead.clear();
        if (oldSize > 0) {
            beginChange();
            nextRemove(0, new AbstractList<List<Object>>() {
                @Override
                public List<Object> get(int index) {
                    return view(old.row(index));
                }

                @Override
                public int size() {
                    return oldSize;
                }
            });
            endChange();
        }
        return buffer;
    }

    /** Shows the rows {@code from} has received so far, when it is still the current run (FX thread). */
    public void publish(Buffer from) {
        if (from != buffer) return;
        int n = from.written();
        if (n <= size) return;
        beginChange();
        nextAdd(size, n);
        size = n;
        endChange();
    }

    @Override
    public List<Object> get(int index) {
        Objects.checkIndex(index, size);
        pagesRead.set(index / PAGE_SIZE);
        return view(buffer.row(index));
    }

    @Override
    public int size() {
        return size;
    }

    /** Pages the current result is stored in. */
    public int pageCount() {
        return buffer.pages();
    }

    /** Distinct pages the grid has read rows from since the run started (a virtualised grid reads few). */
    public int pagesRead() {
        return pagesRead.cardinality();
    }

    private static List<Object> view(Object[] row) {
        return Collections.unmodifiableList(Arrays.asList(row));
    }
}
