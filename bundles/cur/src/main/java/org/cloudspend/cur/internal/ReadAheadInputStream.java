package org.cloudspend.cur.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source (a decompressing stream) on a thread of its own, a few chunks ahead, so that decompression runs on
 * the second core while the caller parses. Memory stays at {@value #CHUNKS} chunks of {@value #CHUNK} bytes. A failure
 * of the source (a truncated or corrupt file) reaches the caller as the same exception, in order.
 */
final class ReadAheadInputStream extends InputStream {

    static final int CHUNK = 1 << 20;
    static final int CHUNKS = 4;

    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS);
    /** Chunks the caller has read, for the reading thread to fill again. */
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS + 2);
    private final Thread reader;
    private final InputStream source;
    private byte[] current = new byte[0];
    private int position;
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
                byte[] chunk = free.poll();
                if (chunk == null) {
                    chunk = new byte[CHUNK];
                }
                int length = source.readNBytes(chunk, 0, CHUNK);
                if (length == 0) {
                    chunks.put(END);
                    return;
                }
                chunks.put(length == CHUNK ? chunk : Arrays.copyOf(chunk, length));
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

    private boolean fill() throws IOException {
        if (ended) {
            return false;
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
        if (current.length == CHUNK) {
            free.offer(current);
        }
        current = (byte[]) next;
        position = 0;
        if (current == END) {
            ended = true;
            return false;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        if (position == current.length && !fill()) {
            return -1;
        }
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == current.length && !fill()) {
            return -1;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, count);
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
