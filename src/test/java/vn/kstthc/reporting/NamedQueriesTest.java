package vn.kstthc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedQueriesTest {

  @Test
  void aQueryIsStoredWithoutItsCommentsAndFinalSemicolonSoItCanBeWrappedInAnother() {
    String file = "-- dossiers received\nselect d.id\nfrom kstthc_dossier_record d\nwhere d.received_on <= :to ;\n";
    String sql = NamedQueries.withoutComments(file);
    assertThat(sql).isEqualTo("select d.id\nfrom kstthc_dossier_record d\nwhere d.received_on <= :to");
    assertThat("select * from (" + sql + ") q").doesNotContain(";");
  }
}
