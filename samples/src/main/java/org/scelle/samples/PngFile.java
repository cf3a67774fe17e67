package org.scelle.samples;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A small truecolour PNG built by hand: the zlib stream uses stored (uncompressed) deflate blocks,
 * so the bytes depend only on the pixels. Stateless.
 */
final class PngFile {

  private PngFile() {}

  /**
   * A {@code width} x {@code height} image: a gradient with a few seeded rectangles, like a scanned
   * form.
   */
  static byte[] of(int width, int height, Random r) {
    int[][] boxes = new int[4][];
    for (int i = 0; i < boxes.length; i++) {
      int x = r.nextInt(width / 2);
      int y = r.nextInt(height / 2);
      boxes[i] =
          new int[] {
            x, y, x + 8 + r.nextInt(width / 2), y + 4 + r.nextInt(height / 3), r.nextInt(0x1000000)
          };
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (int y = 0; y < height; y++) {
      raw.write(0);
      for (int x = 0; x < width; x++) {
        int rgb = (0xf0 - y) << 16 | (0xf0 - x / 2) << 8 | 0xe8;
        for (int[] b : boxes) {
          if (x >= b[0] && x < b[2] && y >= b[1] && y < b[3]) {
            rgb = (x == b[0] || x == b[2] - 1 || y == b[1] || y == b[3] - 1) ? 0x202020 : b[4];
          }
        }
        raw.write(rgb >> 16 & 0xff);
        raw.write(rgb >> 8 & 0xff);
        raw.write(rgb & 0xff);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(
        png,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array());
    chunk(png, "IDAT", zlibStored(raw.toByteArray()));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static byte[] zlibStored(byte[] data) {
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    z.write(0x78);
    z.write(0x01);
    int off = 0;
    do {
      int len = Math.min(65535, data.length - off);
      z.write(off + len == data.length ? 1 : 0);
      z.write(len & 0xff);
      z.write(len >> 8);
      z.write(~len & 0xff);
      z.write(~len >> 8 & 0xff);
      z.write(data, off, len);
      off += len;
    } while (off < data.length);
    Adler32 adler = new Adler32();
    adler.update(data);
    z.writeBytes(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
    return z.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
