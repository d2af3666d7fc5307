package org.cloudspend.cur.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source (a decompressing stream) on a thread of its own, a few chunks ahead, so that decompression runs on
 * the second core while the caller parses. Memory stays at {@value #CHUNKS} chunks of {@value #CHUNK} bytes (and as much
 * again for their stops). A failure of the source (a truncated or corrupt file) reaches the caller as the
 * same exception, in order.
 *
 * <p>Besides reading it as a stream, a caller may {@link #take} the chunks themselves and parse them where they are:
 * each chunk's data starts {@link Chunk#start()} bytes into its array, room for the caller to put the unread end of the
 * previous chunk in front of it, so that a record crossing two chunks is whole without copying the chunk. A chunk also
 * brings where its CSV stops are ({@link CsvStops}), found by the reading thread, which has time to spare.
 */
final class ReadAheadInputStream extends InputStream {

    static final int CHUNK = 1 << 20;
    static final int CHUNKS = 4;
    /** The room before each chunk's data. */
    static final int RESERVE = 64 * 1024;

    /**
     * A chunk: its data in {@code array[start, start + length)}, and the positions of its CSV stops in
     * {@code stops[0, stopCount)}; a stop count of -1 when they were too many to note.
     */
    static final class Chunk {
        private final byte[] array;
        private final int start;
        private final int[] stops;
        private int length;
        private int stopCount;

        private Chunk(int start, int capacity) {
            this.array = new byte[start + capacity];
            this.start = start;
            // a billing export has one stop in every six bytes or so; a chunk with more is gone over byte by byte
            this.stops = new int[capacity / 4 + 16];
        }

        byte[] array() {
            return array;
        }

        int start() {
            return start;
        }

        int length() {
            return length;
        }

        int end() {
            return start + length;
        }

        int[] stops() {
            return stops;
        }

        int stopCount() {
            return stopCount;
        }
    }

    private static final Chunk END = new Chunk(0, 0);

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS);
    /** Chunks the caller is done with, for the reading thread to fill again. */
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS + 2);
    private final Thread reader;
    private final InputStream source;
    private final int chunkSize;
    private final int reserve;
    private Chunk current;
    private int position;
    private boolean ended;
    private volatile boolean closed;

    ReadAheadInputStream(InputStream source, String name) {
        this(source, name, CHUNK, RESERVE);
    }

    /** With chunks of the given size and room before them; tests use tiny ones to cross every boundary. */
    ReadAheadInputStream(InputStream source, String name, int chunkSize, int reserve) {
        this.source = source;
        this.chunkSize = chunkSize;
        this.reserve = reserve;
        this.current = new Chunk(reserve, 0);
        this.position = reserve;
        this.reader = new Thread(this::readSource, "cloudspend-read-ahead " + name);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    private void readSource() {
        try {
            while (!closed) {
                Chunk chunk = free.poll();
                if (chunk == null) {
                    chunk = new Chunk(reserve, chunkSize);
                }
                chunk.length = source.readNBytes(chunk.array, chunk.start, chunkSize);
                if (chunk.length == 0) {
                    chunks.put(END);
                    return;
                }
                chunk.stopCount = CsvStops.find(chunk.array, chunk.start, chunk.end(), chunk.stops);
                chunks.put(chunk);
            }
        } catch (IOException | RuntimeException e) {
            offer(e);
        } catch (InterruptedException e) {
            // closed by the caller
        }
    }

    private void offer(Exception failure) {
        try {
            chunks.put(failure);
        } catch (InterruptedException e) {
            // closed by the caller
        }
    }

    /**
     * The next chunk, now the caller's until it {@link #recycle recycles} it; null at the end. Not to be mixed
     * with reading this as a stream.
     */
    Chunk take() throws IOException {
        if (ended) {
            return null;
        }
        Object next;
        try {
            next = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (next instanceof IOException failure) {
            ended = true;
            throw failure;
        }
        if (next instanceof RuntimeException failure) {
            ended = true;
            throw failure;
        }
        if (next == END) {
            ended = true;
            return null;
        }
        return (Chunk) next;
    }

    /** Gives a chunk back for refilling once the caller no longer looks at it. */
    void recycle(Chunk chunk) {
        if (chunk.array.length == reserve + chunkSize) {
            free.offer(chunk);
        }
    }

    private boolean fill() throws IOException {
        Chunk next = take();
        if (next == null) {
            return false;
        }
        recycle(current);
        current = next;
        position = next.start;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (position == current.end() && !fill()) {
            return -1;
        }
        return current.array[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == current.end() && !fill()) {
            return -1;
        }
        int count = Math.min(length, current.end() - position);
        System.arraycopy(current.array, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        chunks.clear();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
