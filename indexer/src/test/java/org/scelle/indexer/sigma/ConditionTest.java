package org.scelle.indexer.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scelle.indexer.sigma.Condition.And;
import org.scelle.indexer.sigma.Condition.Not;
import org.scelle.indexer.sigma.Condition.Of;
import org.scelle.indexer.sigma.Condition.Or;
import org.scelle.indexer.sigma.Condition.Ref;

class ConditionTest {
  @Test
  void notBindsTighterThanAndWhichBindsTighterThanOr() throws Exception {
    assertThat(Condition.parse("a or b and not c"))
        .isEqualTo(new Or(new Ref("a"), new And(new Ref("b"), new Not(new Ref("c")))));
    assertThat(Condition.parse("(a or b) and c"))
        .isEqualTo(new And(new Or(new Ref("a"), new Ref("b")), new Ref("c")));
    assertThat(Condition.parse("a and b and c"))
        .isEqualTo(new And(new And(new Ref("a"), new Ref("b")), new Ref("c")));
    assertThat(Condition.parse("not (a or b)"))
        .isEqualTo(new Not(new Or(new Ref("a"), new Ref("b"))));
  }

  @Test
  void quantifiersOverPatternsAndThem() throws Exception {
    assertThat(Condition.parse("all of selection_* and not 1 of filter_*"))
        .isEqualTo(new And(new Of(true, "selection_*"), new Not(new Of(false, "filter_*"))));
    assertThat(Condition.parse("1 of them")).isEqualTo(new Of(false, "them"));
    Of them = new Of(true, "them");
    assertThat(them.selects("selection")).isTrue();
    assertThat(them.selects("_private")).isFalse();
    Of sel = new Of(false, "sel*_img");
    assertThat(sel.selects("sel1_img")).isTrue();
    assertThat(sel.selects("sel1_cli")).isFalse();
    assertThat(new Of(false, "a.b*").selects("axb")).isFalse();
  }

  @Test
  void aggregationsNearAndSyntaxErrorsAreRejectedWithTheCondition() {
    assertThatThrownBy(() -> Condition.parse("selection | count() by host > 5"))
        .isInstanceOf(UnsupportedRuleException.class)
        .hasMessageContaining("aggregations");
    assertThatThrownBy(() -> Condition.parse("a near b"))
        .hasMessageContaining("'near' is not supported");
    assertThatThrownBy(() -> Condition.parse("(a and b"))
        .hasMessageContaining("condition '(a and b': missing ')'");
    assertThatThrownBy(() -> Condition.parse("a and")).hasMessageContaining("unexpected end");
    assertThatThrownBy(() -> Condition.parse("2 of sel*"))
        .hasMessageContaining("only '1 of' and 'all of'");
    assertThatThrownBy(() -> Condition.parse("")).hasMessageContaining("empty condition");
  }
}
