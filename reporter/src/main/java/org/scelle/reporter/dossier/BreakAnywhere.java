package org.scelle.reporter.dossier;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Lets a line break after any character: for paths, identifiers and JSON, which have no spaces and
 * would otherwise overflow their table cell. Stateless.
 */
final class BreakAnywhere implements ISplitCharacters {
  static final BreakAnywhere INSTANCE = new BreakAnywhere();

  private BreakAnywhere() {}

  @Override
  public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
    return true;
  }
}
