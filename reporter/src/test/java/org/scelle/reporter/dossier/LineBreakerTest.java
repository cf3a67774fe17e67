package org.scelle.reporter.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.font.PdfFont;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
  private static final DossierFonts FONTS = DossierFonts.load();

  private static List<String> lines(String text, PdfFont font, boolean anywhere, float width) {
    List<GridRow.Line> out = new ArrayList<>();
    LineBreaker.lines(new GridText(text, font, 7.5f, anywhere), width, 0, out);
    for (GridRow.Line line : out) {
      assertThat(font.getWidth(line.text(), 7.5f)).as(line.text()).isLessThanOrEqualTo(width);
    }
    return out.stream().map(GridRow.Line::text).toList();
  }

  @Test
  void aSha256FitsOneLineOfTheInventoryColumn() {
    String sha = "82bf7fc47b744a224b0b4f56ee301371e062604019297d109b9e033d670632a5";
    List<GridRow.Line> out = new ArrayList<>();
    LineBreaker.lines(
        new GridText(sha, FONTS.mono(), DossierLayout.MONO_SMALL, true),
        InventorySection.WIDTHS[4] - 2 * GridRow.PADDING,
        0,
        out);
    assertThat(out).extracting(GridRow.Line::text).containsExactly(sha);
  }

  @Test
  void proseWrapsAtSpacesAndCutsOnlyAWordWiderThanTheCell() {
    assertThat(lines("Jeanne Martin Examinatrice", FONTS.regular(), false, 50))
        .containsExactly("Jeanne", "Martin", "Examinatrice");
    List<String> cut = lines("a" + "b".repeat(60), FONTS.regular(), false, 50);
    assertThat(cut.size()).isGreaterThan(1);
    assertThat(String.join("", cut)).isEqualTo("a" + "b".repeat(60));
  }

  @Test
  void breakAnywhereKeepsEveryCharacterInOrder() {
    String path = "/srv/partages/service-0001/un-nom-de-fichier-tres-long-é-à.log";
    List<String> out = lines(path, FONTS.mono(), true, 60);
    assertThat(out.size()).isGreaterThan(2);
    assertThat(String.join("", out)).isEqualTo(path);
  }

  @Test
  void explicitLineBreaksStartNewLinesAndBlocksStackDown() {
    List<GridRow.Line> out = new ArrayList<>();
    float below =
        LineBreaker.lines(
            new GridText("2019-11-15\n19:45Z", FONTS.regular(), 7.5f, false), 60, 0, out);
    LineBreaker.lines(new GridText("next", FONTS.regular(), 7.5f, false), 60, below, out);
    assertThat(out).extracting(GridRow.Line::text).containsExactly("2019-11-15", "19:45Z", "next");
    assertThat(out.get(1).baseline()).isGreaterThan(out.get(0).baseline());
    assertThat(out.get(2).baseline()).isGreaterThan(out.get(1).baseline());
  }

  @Test
  void anOverlongCellEndsWithAnEllipsisAfterTheLastLineKept() {
    List<String> out = lines("x\n".repeat(100) + "end", FONTS.regular(), false, 50);
    assertThat(out).hasSize(GridRow.MAX_LINES);
  }
}
