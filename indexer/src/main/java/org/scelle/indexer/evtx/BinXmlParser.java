package org.scelle.indexer.evtx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scelle.indexer.evtx.TNode.TAttribute;
import org.scelle.indexer.evtx.TNode.TElement;
import org.scelle.indexer.evtx.TNode.TInstance;
import org.scelle.indexer.evtx.TNode.Template;
import org.scelle.indexer.evtx.TNode.Value;

/**
 * Parses the binary XML of one chunk into {@link TNode}s. Names are read from the chunk by offset
 * and cached; template definitions are parsed once and cached by offset, whether resident (defined
 * inline at their first use) or referenced. Not thread-safe; one instance per chunk.
 *
 * <p>Every structural problem throws {@link BinXmlException}, which the chunk reader records for
 * the record concerned. Offsets are relative to the chunk. Recursion (binary XML nested in a
 * substitution value, templates used inside templates) is bounded, and a template whose definition
 * refers back to itself is rejected, so hostile input cannot loop or exhaust the stack.
 */
final class BinXmlParser {
  private static final int MAX_DEPTH = 24;

  private final byte[] chunk;
  private final int chunkLimit;
  private final Map<Integer, String> names = new HashMap<>();
  private final Map<Integer, Template> templates = new HashMap<>();
  private final Set<Integer> templatesInProgress = new HashSet<>();
  private int depth;

  BinXmlParser(byte[] chunk, int chunkLimit) {
    this.chunk = chunk;
    this.chunkLimit = chunkLimit;
  }

  /** Parses every fragment in {@code [start, end)}: a record's event data or a BinXml value. */
  List<TNode> fragments(int start, int end) {
    ByteCursor c = new ByteCursor(chunk, start, end);
    List<TNode> out = new ArrayList<>();
    boolean ended = false; // after an end-of-stream token only a new fragment header continues
    enter();
    try {
      while (c.remaining() > 0) {
        int t = c.peek();
        if (t == 0x00) {
          c.u8();
          ended = true;
        } else if (!ended && (t == 0x0f || t == 0x0c || (t & 0xbf) == 0x01)) {
          content(c, out, false);
        } else if (ended && t == 0x0f) {
          if (!laterFragment(c, out)) {
            break;
          }
        } else if (out.isEmpty()) {
          throw bad(c, "unexpected token 0x%02x at the start of binary XML", t);
        } else {
          break; // trailing bytes after the last fragment
        }
      }
    } finally {
      depth--;
    }
    return out;
  }

  /**
   * Parses a further fragment after an end-of-stream token. Records often end with the start of a
   * fragment that was never completed (slack left by the writer); such a fragment is ignored.
   */
  private boolean laterFragment(ByteCursor c, List<TNode> out) {
    int start = c.pos();
    List<TNode> more = new ArrayList<>();
    try {
      content(c, more, false);
    } catch (BinXmlException incomplete) {
      c.seek(start);
      return false;
    }
    out.addAll(more);
    return c.pos() > start;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      depth--;
      throw new BinXmlException("binary XML nested deeper than " + MAX_DEPTH);
    }
  }

  /** Parses nodes until end of stream (not consumed unless at fragment level) or close element. */
  private void content(ByteCursor c, List<TNode> out, boolean inTemplate) {
    while (c.remaining() > 0) {
      int t = c.peek();
      switch (t) {
        case 0x00 -> {
          return;
        }
        case 0x04 -> {
          return;
        }
        case 0x0f -> c.skip(4);
        case 0x01, 0x41 -> out.add(element(c, inTemplate));
        case 0x05, 0x45, 0x07, 0x47, 0x08, 0x48, 0x09, 0x49, 0x0d, 0x0e -> out.add(valueNode(c));
        case 0x0a -> out.add(pi(c));
        case 0x0c -> out.add(instance(c));
        default -> throw bad(c, "unknown token 0x%02x", t);
      }
    }
  }

  private TElement element(ByteCursor c, boolean inTemplate) {
    int start = c.pos();
    int token = c.u8();
    String name = elementName(c, start, inTemplate);
    if ((token & 0x40) != 0) {
      c.skip(4); // attribute list size
    }
    List<TAttribute> attributes = new ArrayList<>();
    while (c.remaining() > 0 && (c.peek() & 0xbf) == 0x06) {
      c.u8();
      String attrName = name(c, c.u32AsInt());
      List<TNode> value = new ArrayList<>();
      while (c.remaining() > 0 && isValueToken(c.peek())) {
        value.add(valueNode(c));
      }
      attributes.add(new TAttribute(attrName, value));
    }
    List<TNode> children = new ArrayList<>();
    if (c.remaining() == 0) {
      return new TElement(name, attributes, children, inTemplate); // incomplete: keep what was read
    }
    int close = c.peek();
    if (close == 0x03) {
      c.u8();
    } else if (close == 0x02) {
      c.u8();
      enter();
      try {
        content(c, children, inTemplate);
      } finally {
        depth--;
      }
      if (c.remaining() > 0 && c.peek() == 0x04) {
        c.u8();
      }
    } else if (close != 0x00) {
      throw bad(c, "element <%s>: unexpected token 0x%02x after attributes", name, close);
    }
    return new TElement(name, attributes, children, inTemplate);
  }

  /**
   * Reads the element's size and name offset. Inside template definitions a 2-byte dependency
   * identifier precedes them; elsewhere it is usually absent. The layout whose name offset is
   * plausible (inline right after the fields, or earlier in the chunk) wins.
   */
  private String elementName(ByteCursor c, int start, boolean inTemplate) {
    int first = inTemplate ? 2 : 0;
    int second = 2 - first;
    if (plausibleName(start + 1 + first)) {
      c.skip(first + 4);
    } else if (plausibleName(start + 1 + second)) {
      c.skip(second + 4);
    } else {
      c.skip(first + 4);
    }
    return name(c, c.u32AsInt());
  }

  private boolean plausibleName(int fieldsAt) {
    if (fieldsAt + 8 > chunkLimit) {
      return false;
    }
    long off = ByteCursor.u32(chunk, fieldsAt + 4);
    return off == fieldsAt + 8 || (off < fieldsAt && off >= 0x80 && off + 8 <= chunkLimit);
  }

  private static boolean isValueToken(int t) {
    return switch (t) {
      case 0x05, 0x45, 0x08, 0x48, 0x09, 0x49, 0x0d, 0x0e -> true;
      default -> false;
    };
  }

  private TNode valueNode(ByteCursor c) {
    int t = c.u8();
    switch (t & 0xbf) {
      case 0x05 -> {
        int type = c.u8();
        if (type != 0x01 && type != 0x02) {
          throw bad(c, "value token of type 0x%02x", type);
        }
        int n = c.u16();
        if (type == 0x01) {
          return new TNode.TText(Values.stripNuls(c.utf16(n)));
        }
        int p = c.pos();
        c.skip(n);
        return new TNode.TText(Values.text(chunk, p, n, 0x02));
      }
      case 0x07 -> {
        return new TNode.TCData(c.utf16(c.u16()));
      }
      case 0x08 -> {
        return new TNode.TCharRef(c.u16());
      }
      case 0x09 -> {
        return new TNode.TEntityRef(name(c, c.u32AsInt()));
      }
      case 0x0d, 0x0e -> {
        int index = c.u16();
        c.u8(); // declared value type; the instance's descriptor governs
        return new TNode.TSubstitution(index, (t & 0xbf) == 0x0e);
      }
      default -> throw bad(c, "token 0x%02x where a value was expected", t);
    }
  }

  private TNode pi(ByteCursor c) {
    c.u8();
    String target = name(c, c.u32AsInt());
    String data = "";
    if (c.remaining() > 0 && c.peek() == 0x0b) {
      c.u8();
      data = c.utf16(c.u16());
    }
    return new TNode.TPi(target, data);
  }

  /**
   * A name at chunk offset {@code off}: next-string offset, hash, character count, characters and a
   * NUL. When the name is defined inline (at the cursor), the cursor skips over it.
   */
  private String name(ByteCursor c, int off) {
    boolean inline = off == c.pos();
    String s = names.get(off);
    if (s == null) {
      if (off < 0 || off + 8 > chunkLimit) {
        throw bad(c, "name offset 0x%x outside the chunk", off);
      }
      int count = ByteCursor.u16(chunk, off + 6);
      ByteCursor n = new ByteCursor(chunk, off + 8, chunkLimit);
      s = n.utf16(count);
      names.put(off, s);
    }
    if (inline) {
      c.skip(8 + 2 * s.length() + 2);
    }
    return s;
  }

  private TInstance instance(ByteCursor c) {
    c.u8();
    c.u8(); // unknown
    c.u32(); // template identifier
    int defOffset = c.u32AsInt();
    Template template;
    if (defOffset == c.pos()) {
      template = template(defOffset);
      c.skip(24 + dataSize(defOffset));
    } else {
      template = template(defOffset);
    }
    int count = c.u32AsInt();
    if (count > c.remaining() / 4) {
      throw bad(c, "%d substitution values announced, %d bytes left", count, c.remaining());
    }
    int[] sizes = new int[count];
    int[] types = new int[count];
    for (int i = 0; i < count; i++) {
      sizes[i] = c.u16();
      types[i] = c.u8();
      c.u8();
    }
    List<Value> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int p = c.pos();
      c.skip(sizes[i]);
      if (types[i] == Value.BINXML) {
        values.add(new Value(types[i], "", sizes[i] == 0 ? List.of() : fragments(p, p + sizes[i])));
      } else {
        values.add(new Value(types[i], Values.text(chunk, p, sizes[i], types[i]), List.of()));
      }
    }
    return new TInstance(template, values);
  }

  private int dataSize(int defOffset) {
    if (defOffset < 0 || defOffset + 24 > chunkLimit) {
      throw new BinXmlException(
          "template at 0x" + Integer.toHexString(defOffset) + " outside the chunk");
    }
    long size = ByteCursor.u32(chunk, defOffset + 20);
    return (int) Math.min(size, chunkLimit - defOffset - 24);
  }

  private Template template(int defOffset) {
    Template t = templates.get(defOffset);
    if (t != null) {
      return t;
    }
    if (!templatesInProgress.add(defOffset)) {
      throw new BinXmlException(
          "template at 0x" + Integer.toHexString(defOffset) + " refers to itself");
    }
    try {
      int start = defOffset + 24;
      ByteCursor c = new ByteCursor(chunk, start, start + dataSize(defOffset));
      List<TNode> body = new ArrayList<>();
      enter();
      try {
        while (c.remaining() > 0 && c.peek() != 0x00) {
          content(c, body, true);
          if (c.remaining() > 0 && c.peek() == 0x04) {
            throw bad(c, "template at 0x%x: close element without open element", defOffset);
          }
        }
      } finally {
        depth--;
      }
      t = new Template(defOffset, body);
      templates.put(defOffset, t);
      return t;
    } finally {
      templatesInProgress.remove(defOffset);
    }
  }

  private static BinXmlException bad(ByteCursor c, String format, Object... args) {
    return new BinXmlException(
        String.format(format, args) + " at chunk offset 0x" + Integer.toHexString(c.pos()));
  }
}
