package org.scelle.indexer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeResolverTest {

  private static Stamp local(int year, int month, int day, int h, int m) {
    return new Stamp(year, month, day, h, m, 0, 0, null, 0);
  }

  @Test
  void missingYearComesFromTheModificationTimeAndRollsBackOverNewYear() {
    TimeResolver r = new TimeResolver(Reading.paris("2020-01-03T10:00:00Z"));
    TimeResolver.Resolved jan = r.resolve(local(Stamp.NO_YEAR, 1, 2, 8, 0));
    TimeResolver.Resolved dec = r.resolve(local(Stamp.NO_YEAR, 12, 31, 23, 0));
    assertThat(jan.instant()).isEqualTo(Instant.parse("2020-01-02T07:00:00Z"));
    assertThat(jan.note()).isEqualTo("year-from-item-mtime:2020;zone-assumed:Europe/Paris");
    assertThat(dec.instant()).isEqualTo(Instant.parse("2019-12-31T22:00:00Z"));
    assertThat(dec.note()).startsWith("year-from-item-mtime:2019");
  }

  @Test
  void february29GoesBackToALeapYear() {
    TimeResolver r = new TimeResolver(Reading.paris("2021-03-01T00:00:00Z"));
    TimeResolver.Resolved t = r.resolve(local(Stamp.NO_YEAR, 2, 29, 12, 0));
    assertThat(t.instant()).isEqualTo(Instant.parse("2020-02-29T11:00:00Z"));
    assertThat(t.note()).startsWith("year-from-item-mtime:2020");
  }

  @Test
  void noModificationTimeMeansNoTime() {
    TimeResolver.Resolved t =
        new TimeResolver(Reading.paris(null)).resolve(local(Stamp.NO_YEAR, 5, 1, 0, 0));
    assertThat(t.instant()).isNull();
    assertThat(t.note()).isEqualTo("year-unknown");
  }

  @Test
  void invalidDateIsNull() {
    assertThat(new TimeResolver(Reading.paris(null)).resolve(local(2019, 2, 30, 0, 0))).isNull();
  }

  @Test
  void statedOffsetNeedsNoNote() {
    Stamp s = new Stamp(2019, 10, 25, 2, 17, 0, 0, ZoneOffset.ofHours(2), 0);
    TimeResolver.Resolved t = new TimeResolver(Reading.paris(null)).resolve(s);
    assertThat(t.instant()).isEqualTo(Instant.parse("2019-10-25T00:17:00Z"));
    assertThat(t.note()).isNull();
  }

  @Test
  void dstOverlapIsOrderedByTheStream() {
    TimeResolver r = new TimeResolver(Reading.paris(null));
    // 2019-10-27 in Paris: 02:00-03:00 happened twice (+02:00, then +01:00).
    assertThat(r.resolve(local(2019, 10, 27, 2, 30)).instant())
        .isEqualTo(Instant.parse("2019-10-27T00:30:00Z"));
    assertThat(r.resolve(local(2019, 10, 27, 2, 59)).instant())
        .isEqualTo(Instant.parse("2019-10-27T00:59:00Z"));
    TimeResolver.Resolved again = r.resolve(local(2019, 10, 27, 2, 10));
    assertThat(again.instant()).isEqualTo(Instant.parse("2019-10-27T01:10:00Z"));
    assertThat(again.note()).isEqualTo("zone-assumed:Europe/Paris;dst-overlap:later-offset");
    assertThat(r.resolve(local(2019, 10, 27, 2, 30)).instant())
        .isEqualTo(Instant.parse("2019-10-27T01:30:00Z"));
  }

  @Test
  void dstGapMovesForward() {
    TimeResolver.Resolved t =
        new TimeResolver(Reading.paris(null)).resolve(local(2019, 3, 31, 2, 30));
    assertThat(t.instant()).isEqualTo(Instant.parse("2019-03-31T01:30:00Z"));
    assertThat(t.note()).endsWith("dst-gap");
  }

  @Test
  void zoneFromTheItemIsNotNoted() {
    ReadContext ctx = new ReadContext("i1", "ab", Reading.PARIS, true, null, 1024);
    assertThat(new TimeResolver(ctx).resolve(local(2019, 11, 15, 19, 45)).note()).isNull();
  }
}
