package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The condition each column query gives the form's one query ({@link FormFigures#condition}). */
class FormFiguresTest {

  @Test
  void aColumnQueryIsReadInAnyCaseAndSpacingWithOrWithoutASemicolon() {
    assertThat(FormFigures.condition("select d.id from kstthc_dossier_record d where d.state = 'RUT'"
        + " and (:allUnits = 1 or d.unit_id in (:units))")).isEqualTo("d.state = 'RUT'");
    assertThat(FormFigures.condition("SELECT d.id, d.unit_id\nFROM kstthc_dossier_record d\nWHERE d.state = 'RUT'\n"
        + "\tAND (:allUnits=1 OR d.unit_id IN (:units));\n")).isEqualTo("d.state = 'RUT'");
    assertThat(FormFigures.condition("select *\tfrom  kstthc_dossier_record  d  where\td.received_on <= :to\tand"
        + " ( :allUnits = 1 or d.unit_id in( :units ) ) ;")).isEqualTo("d.received_on <= :to");
  }

  @Test
  void anOrOutsideParenthesesIsRefusedForTheUnitsScopeWouldNotCoverIt() {
    // the query selects "state = 'RUT'" of every unit; the one query would count it for the reader's units only
    assertThatThrownBy(() -> FormFigures.condition("select d.id from kstthc_dossier_record d where d.state = 'RUT'"
        + " or d.state = 'TRA_LAI' and (:allUnits = 1 or d.unit_id in (:units))"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("điều kiện có 'or' ngoài ngoặc");
    assertThat(FormFigures.condition("select d.id from kstthc_dossier_record d where (d.state = 'RUT'"
        + " or d.state = 'TRA_LAI') and d.tthc_name <> 'a or b' and (:allUnits = 1 or d.unit_id in (:units))"))
        .isEqualTo("(d.state = 'RUT' or d.state = 'TRA_LAI') and d.tthc_name <> 'a or b'");
  }

  @Test
  void aQueryOfAnotherShapeIsRefusedInVietnamese() {
    assertThatThrownBy(() -> FormFigures.condition("select d.id from kstthc_dossier_record d where d.state = 'RUT'"))
        .hasMessageStartingWith("phải có dạng 'select ... from kstthc_dossier_record d where <điều kiện>");
  }
}
