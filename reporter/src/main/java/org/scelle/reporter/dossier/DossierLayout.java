package org.scelle.reporter.dossier;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The layout vocabulary of one dossier: sections with bookmarks, headings, paragraphs, key-value
 * tables and cells in the dossier's fonts, with its messages, time format and pseudonymiser. Bound
 * to one document; not thread-safe.
 */
final class DossierLayout {
  static final float BODY = 9.5f;
  static final float SMALL = 7.5f;
  static final float MONO_SMALL = 6.5f;
  static final DeviceRgb RULE_GREY = new DeviceRgb(0xBB, 0xBB, 0xBB);
  static final DeviceRgb HEADER_GREY = new DeviceRgb(0xE6, 0xE6, 0xE6);
  static final DeviceRgb ALERT = new DeviceRgb(0xA0, 0x10, 0x10);
  private static final Border CELL_BORDER = new SolidBorder(RULE_GREY, 0.5f);

  private final PdfDocument pdf;
  private final Document doc;
  private final DossierFonts fonts;
  private final Messages msg;
  private final TimeText time;
  private final UnaryOperator<String> pseudonymiser;
  private final PdfOutline outlines;
  private PdfOutline section;
  private int sections;

  DossierLayout(
      PdfDocument pdf,
      Document doc,
      DossierFonts fonts,
      Messages msg,
      TimeText time,
      UnaryOperator<String> pseudonymiser) {
    this.pdf = pdf;
    this.doc = doc;
    this.fonts = fonts;
    this.msg = msg;
    this.time = time;
    this.pseudonymiser = pseudonymiser;
    this.outlines = pdf.getOutlines(false);
  }

  PdfDocument pdf() {
    return pdf;
  }

  Document doc() {
    return doc;
  }

  DossierFonts fonts() {
    return fonts;
  }

  Messages msg() {
    return msg;
  }

  TimeText time() {
    return time;
  }

  /** Pseudonymises text drawn from the evidence or the complaint (null stays empty). */
  String pseudo(String s) {
    return s == null ? "" : pseudonymiser.apply(s);
  }

  /**
   * Starts a section on a new page of {@code size} (the first section starts on the first page),
   * with a level-1 heading and a top-level bookmark.
   */
  void section(String title, PageSize size) {
    pdf.setDefaultPageSize(size);
    if (sections > 0) {
      doc.add(new AreaBreak(size));
    }
    sections++;
    String dest = "section-" + sections;
    Paragraph h =
        new Paragraph(title)
            .setFont(fonts.bold())
            .setFontSize(15)
            .setMarginBottom(8)
            .setDestination(dest);
    h.getAccessibilityProperties().setRole(StandardRoles.H1);
    doc.add(h);
    section = outlines.addOutline(title);
    section.addDestination(PdfDestination.makeDestination(new PdfString(dest)));
  }

  /** A level-2 heading with a bookmark under the current section. */
  void subsection(String title) {
    String dest = "section-" + sections + "-" + (section.getAllChildren().size() + 1);
    Paragraph h =
        new Paragraph(title)
            .setFont(fonts.bold())
            .setFontSize(11.5f)
            .setMarginTop(10)
            .setMarginBottom(4)
            .setKeepWithNext(true)
            .setDestination(dest);
    h.getAccessibilityProperties().setRole(StandardRoles.H2);
    doc.add(h);
    section.addOutline(title).addDestination(PdfDestination.makeDestination(new PdfString(dest)));
  }

  /** A body paragraph. */
  Paragraph para(String text) {
    Paragraph p = new Paragraph(text == null ? "" : text).setFontSize(BODY).setMarginBottom(4);
    doc.add(p);
    return p;
  }

  /** A body paragraph in bold. */
  Paragraph strong(String text) {
    Paragraph p = para(text);
    p.setFont(fonts.bold());
    return p;
  }

  /** A notice in a framed box, in the alert colour. */
  void notice(String text) {
    Paragraph p =
        new Paragraph(text)
            .setFont(fonts.bold())
            .setFontSize(BODY)
            .setFontColor(ALERT)
            .setBorder(new com.itextpdf.layout.borders.SolidBorder(ALERT, 1))
            .setPadding(6)
            .setMarginTop(6)
            .setMarginBottom(6);
    doc.add(p);
  }

  /** Text in the monospace font that may break after any character (hashes, paths, excerpts). */
  Paragraph monoPara(String text, float size) {
    return new Paragraph(text == null ? "" : text)
        .setFont(fonts.mono())
        .setFontSize(size)
        .setSplitCharacters(BreakAnywhere.INSTANCE)
        .setMargin(0);
  }

  /** A two-column table of labels and values (values may be mono: pass a {@link Paragraph}). */
  Table keyValues(List<Object[]> rows) {
    Table t = new Table(UnitValue.createPercentArray(new float[] {28, 72})).useAllAvailableWidth();
    for (Object[] r : rows) {
      t.addCell(proseCell((String) r[0]).setFont(fonts.bold()));
      Object v = r[1];
      t.addCell(v instanceof Paragraph p ? wrap(p) : proseCell(String.valueOf(v)));
    }
    t.setMarginBottom(6);
    return t;
  }

  /** A header cell: bold, shaded, repeated on every page of a long table. */
  Cell header(String text) {
    return new Cell()
        .add(new Paragraph(text).setFont(fonts.bold()).setFontSize(SMALL).setMargin(0))
        .setBackgroundColor(HEADER_GREY)
        .setBorder(CELL_BORDER)
        .setPadding(2);
  }

  /** A body cell in the regular font at {@link #SMALL}, breaking anywhere if it must. */
  Cell cell(String text) {
    return wrap(
        new Paragraph(text == null ? "" : text)
            .setFontSize(SMALL)
            .setMargin(0)
            .setSplitCharacters(BreakAnywhere.INSTANCE));
  }

  /** A body cell in the regular font that wraps at spaces only (prose). */
  Cell proseCell(String text) {
    return wrap(new Paragraph(text == null ? "" : text).setFontSize(SMALL).setMargin(0));
  }

  /** A body cell in the monospace font at {@link #MONO_SMALL}, breaking anywhere. */
  Cell monoCell(String text) {
    return wrap(monoPara(text, MONO_SMALL));
  }

  /**
   * A cell holding {@code p}. The paragraph gets no tag of its own: its text is tagged directly in
   * the cell's {@code TD} (one structure element per cell instead of two, which matters in tables
   * of 100,000 rows).
   */
  Cell wrap(Paragraph p) {
    p.getAccessibilityProperties().setRole(null);
    return new Cell().add(p).setBorder(CELL_BORDER).setPadding(2);
  }

  /** A {@link GridRow} block in the regular font at {@link #SMALL}, breaking anywhere. */
  List<GridText> gridText(String text) {
    return new GridText(text, fonts.regular(), SMALL, true).cell();
  }

  /** A {@link GridRow} block in the regular font at {@link #SMALL}, wrapping at spaces. */
  List<GridText> gridProse(String text) {
    return new GridText(text, fonts.regular(), SMALL, false).cell();
  }

  /** A {@link GridRow} block in the monospace font at {@link #MONO_SMALL}, breaking anywhere. */
  List<GridText> gridMono(String text) {
    return new GridText(text, fonts.mono(), MONO_SMALL, true).cell();
  }

  /** A text run in bold, for mixed paragraphs. */
  Text bold(String s) {
    return new Text(s).setFont(fonts.bold());
  }

  /** A text run in the monospace font. */
  Text mono(String s) {
    return new Text(s).setFont(fonts.mono());
  }

  String utc(Instant t) {
    return time.utc(t);
  }

  static com.itextpdf.kernel.colors.Color black() {
    return ColorConstants.BLACK;
  }
}
