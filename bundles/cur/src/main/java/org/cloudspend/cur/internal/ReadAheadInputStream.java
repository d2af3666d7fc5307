package org.cloudspend.cur.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source (a decompressing stream) on a thread of its own, a few chunks ahead, so that decompression runs on
 * the second core while the caller parses. Memory stays at {@value #CHUNKS} chunks of {@value #CHUNK} bytes. A failure
 * of the source (a truncated or corrupt file) reaches the caller as the same exception, in order.
 *
 * <p>Besides reading it as a stream, a caller may {@link #take} the chunks themselves and parse them where they are:
 * each chunk's data starts {@value #RESERVE} bytes into its array, room for the caller to put the unread end of the
 * previous chunk in front of it, so that a record crossing two chunks is whole without copying the chunk.
 */
final class ReadAheadInputStream extends InputStream {

    static final int CHUNK = 1 << 20;
    static final int CHUNKS = 4;
    /** The room before each chunk's data. */
    static final int RESERVE = 64 * 1024;

    /** A chunk: its data in {@code array[RESERVE, RESERVE + length)}. */
    record Chunk(byte[] array, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS);
    /** Chunks the caller is done with, for the reading thread to fill again. */
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS + 2);
    private final Thread reader;
    private final InputStream source;
    private Chunk current = new Chunk(new byte[RESERVE], 0);
    private int position = RESERVE;
    private boolean ended;
    private volatile boolean closed;

    ReadAheadInputStream(InputStream source, String name) {
        this.source = source;
        this.reader = new Thread(this::readSource, "cloudspend-read-ahead " + name);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    private void readSource() {
        try {
            while (!closed) {
                byte[] array = free.poll();
                if (array == null) {
                    array = new byte[RESERVE + CHUNK];
                }
                int length = source.readNBytes(array, RESERVE, CHUNK);
                if (length == 0) {
                    chunks.put(END);
                    return;
                }
                chunks.put(new Chunk(array, length));
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
     * The next chunk, now the caller's until it {@link #recycle recycles} its array; null at the end. Not to be mixed
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

    /** Gives an array back for refilling once the caller no longer looks at it; arrays of other sizes are dropped. */
    void recycle(byte[] array) {
        if (array.length == RESERVE + CHUNK) {
            free.offer(array);
        }
    }

    private boolean fill() throws IOException {
        Chunk next = take();
        if (next == null) {
            return false;
        }
        recycle(current.array());
        current = next;
        position = RESERVE;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (position == RESERVE + current.length() && !fill()) {
            return -1;
        }
        return current.array()[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == RESERVE + current.length() && !fill()) {
            return -1;
        }
        int count = Math.min(length, RESERVE + current.length() - position);
        System.arraycopy(current.array(), position, buffer, offset, count);
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
