package org.scelle.custody.identity;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads attribute values from the DER encoding of an X.500 name with the JDK alone, so that opening
 * a key (every signing command) does not load Bouncy Castle's ASN.1 classes from its signed jar.
 *
 * <p>It reads the encodings certificates use: a SEQUENCE of non-empty SETs of {@code SEQUENCE {
 * OID, value }}, definite minimal lengths, single-byte tags, every value a UTF8String, a BMPString
 * or one of the string types Bouncy Castle reads byte per character (Printable, IA5, T61, Numeric,
 * Visible, Videotex, Graphic, General). It gives the same strings as {@link BcName}; anything else
 * (a UniversalString, a non-string value, malformed UTF-8, BER forms) is {@link NotSimple}, for the
 * caller to hand to {@link BcName}, which keeps Bouncy Castle's answer or error for it.
 *
 * <p>Stateless and safe for concurrent use.
 */
final class DerName {

  /** The DER contents of the common name (CN) attribute type, 2.5.4.3. */
  static final byte[] CN = {0x55, 0x04, 0x03};

  /** The DER contents of the organisational unit (OU) attribute type, 2.5.4.11. */
  static final byte[] OU = {0x55, 0x04, 0x0B};

  /** The DER contents of the organisation (O) attribute type, 2.5.4.10. */
  static final byte[] O = {0x55, 0x04, 0x0A};

  private static final int SEQUENCE = 0x30;
  private static final int SET = 0x31;
  private static final int OID = 0x06;
  private static final int UTF8_STRING = 0x0C;
  private static final int BMP_STRING = 0x1E;

  private DerName() {}

  /**
   * The first value of attribute {@code type} in {@code der}: in name order, the first RDN holding
   * the type, then its first value of that type; the empty string when the name has none.
   *
   * @param type the attribute type as the contents of its DER OBJECT IDENTIFIER ({@link #CN}, ...)
   * @throws NotSimple when {@code der} is not an encoding this class reads (see the class comment)
   */
  static String firstValue(byte[] der, byte[] type) throws NotSimple {
    String found = null;
    Reader name = new Reader(der, 0, der.length);
    Reader rdns = name.enter(SEQUENCE);
    name.requireEnd();
    while (rdns.hasMore()) {
      Reader rdn = rdns.enter(SET);
      if (!rdn.hasMore()) {
        throw new NotSimple("empty RDN");
      }
      while (rdn.hasMore()) {
        Reader atv = rdn.enter(SEQUENCE);
        byte[] oid = atv.primitive(OID);
        requireValidOid(oid);
        int tag = atv.tag();
        byte[] value = atv.primitive(tag);
        atv.requireEnd();
        requireStringTag(tag, value);
        if (found == null && Arrays.equals(oid, type)) {
          found = decode(tag, value);
        }
      }
    }
    return found == null ? "" : found;
  }

  private static void requireValidOid(byte[] contents) throws NotSimple {
    boolean start = true;
    for (byte b : contents) {
      if (start && (b & 0xFF) == 0x80) {
        throw new NotSimple("non-minimal OID sub-identifier");
      }
      start = (b & 0x80) == 0;
    }
    if (contents.length == 0 || !start) {
      throw new NotSimple("truncated OID");
    }
  }

  private static void requireStringTag(int tag, byte[] value) throws NotSimple {
    if (tag == UTF8_STRING || isByteString(tag)) {
      return;
    }
    if (tag == BMP_STRING && value.length % 2 == 0) {
      return;
    }
    throw new NotSimple("value tag 0x" + Integer.toHexString(tag));
  }

  /** Printable, IA5, T61, Numeric, Visible, Videotex, Graphic, General: one char per byte. */
  private static boolean isByteString(int tag) {
    return switch (tag) {
      case 0x12, 0x13, 0x14, 0x15, 0x16, 0x19, 0x1A, 0x1B -> true;
      default -> false;
    };
  }

  private static String decode(int tag, byte[] value) throws NotSimple {
    if (tag == UTF8_STRING) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(value))
            .toString();
      } catch (CharacterCodingException e) {
        throw new NotSimple("malformed UTF-8");
      }
    }
    if (tag == BMP_STRING) {
      char[] chars = new char[value.length / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((value[2 * i] & 0xFF) << 8) | (value[2 * i + 1] & 0xFF));
      }
      return new String(chars);
    }
    return new String(value, StandardCharsets.ISO_8859_1);
  }

  /** A DER stretch: the elements between {@code pos} and {@code end}. */
  private static final class Reader {
    private final byte[] der;
    private int pos;
    private final int end;

    Reader(byte[] der, int pos, int end) {
      this.der = der;
      this.pos = pos;
      this.end = end;
    }

    boolean hasMore() {
      return pos < end;
    }

    void requireEnd() throws NotSimple {
      if (pos != end) {
        throw new NotSimple("unexpected bytes at offset " + pos);
      }
    }

    /** The tag of the next element, without consuming it; a single-byte tag. */
    int tag() throws NotSimple {
      if (pos >= end) {
        throw new NotSimple("truncated at offset " + pos);
      }
      int tag = der[pos] & 0xFF;
      if ((tag & 0x1F) == 0x1F) {
        throw new NotSimple("multi-byte tag at offset " + pos);
      }
      return tag;
    }

    /** Consumes the next element, which must have {@code tag}, and returns a reader of it. */
    Reader enter(int tag) throws NotSimple {
      int contents = header(tag);
      int length = lengthAt(contents);
      Reader inner = new Reader(der, pos, pos + length);
      pos += length;
      return inner;
    }

    /** Consumes the next element, which must have {@code tag}, and returns its contents. */
    byte[] primitive(int tag) throws NotSimple {
      Reader r = enter(tag);
      return Arrays.copyOfRange(der, r.pos, r.end);
    }

    private int header(int tag) throws NotSimple {
      if (tag() != tag) {
        throw new NotSimple("tag 0x" + Integer.toHexString(tag()) + " at offset " + pos);
      }
      return ++pos;
    }

    /** Reads a definite, minimally encoded length at {@code pos}, leaving {@code pos} after it. */
    private int lengthAt(int at) throws NotSimple {
      if (pos >= end) {
        throw new NotSimple("truncated length at offset " + at);
      }
      int first = der[pos++] & 0xFF;
      int length;
      if (first < 0x80) {
        length = first;
      } else {
        int bytes = first & 0x7F;
        if (bytes == 0 || bytes > 3 || end - pos < bytes || der[pos] == 0) {
          throw new NotSimple("length form 0x" + Integer.toHexString(first) + " at offset " + at);
        }
        length = 0;
        for (int i = 0; i < bytes; i++) {
          length = (length << 8) | (der[pos++] & 0xFF);
        }
        if (length < 0x80) {
          throw new NotSimple("non-minimal length at offset " + at);
        }
      }
      if (length > end - pos) {
        throw new NotSimple("length " + length + " past the end at offset " + at);
      }
      return length;
    }
  }

  /** The encoding is outside what this class reads; the message says where, for debugging. */
  static final class NotSimple extends Exception {
    NotSimple(String message) {
      super(message, null, false, false);
    }
  }
}
