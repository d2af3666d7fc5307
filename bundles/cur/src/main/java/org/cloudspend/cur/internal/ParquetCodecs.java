package org.cloudspend.cur.internal;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.lz4.Lz4Decompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Decompresses Parquet pages without Hadoop's codec machinery (which needs Hadoop's configuration classes and their
 * dependencies): snappy, gzip, zstd, LZ4 and uncompressed, the codecs AWS and common writers use. Read only.
 */
final class ParquetCodecs implements CompressionCodecFactory {

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        throw new UnsupportedOperationException("cloudspend only reads Parquet");
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return BytesInput.from(ParquetCodecs.decompress(codec, bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                byte[] compressed = new byte[compressedSize];
                input.get(compressed);
                output.put(ParquetCodecs.decompress(codec, compressed, uncompressedSize));
            }

            @Override
            public void release() {
            }
        };
    }

    static byte[] decompress(CompressionCodecName codec, byte[] compressed, int uncompressedSize) throws IOException {
        byte[] result = switch (codec) {
            case UNCOMPRESSED -> compressed;
            case SNAPPY -> Snappy.uncompress(compressed);
            case GZIP -> {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
                    yield in.readAllBytes();
                }
            }
            case ZSTD -> Zstd.decompress(compressed, uncompressedSize);
            case LZ4_RAW -> {
                byte[] out = new byte[uncompressedSize];
                int length = new Lz4Decompressor().decompress(compressed, 0, compressed.length, out, 0, out.length);
                yield length == uncompressedSize ? out : java.util.Arrays.copyOf(out, length);
            }
            default -> throw new IOException("Parquet pages compressed with " + codec + " are not supported; AWS"
                    + " writes snappy, gzip or zstd");
        };
        if (result.length != uncompressedSize) {
            throw new IOException("a " + codec + " page decompressed to " + result.length + " bytes instead of "
                    + uncompressedSize + ": the file is corrupt");
        }
        return result;
    }

    @Override
    public void release() {
    }
}
