package vn.kstthc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.kstthc.organisation.GroupKind;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.Organisation.Group;

class ReportScopesTest {

  private static final Organisation ORGANISATION = new Organisation(
      List.of(
          new Group("van-phong-so", "Văn phòng Sở", GroupKind.OFFICERS, null, List.of()),
          new Group("lanh-dao-so", "Lãnh đạo Sở", GroupKind.OFFICERS, null, List.of()),
          new Group("phong-a", "Phòng A", GroupKind.OFFICERS, null, List.of()),
          new Group("phong-b", "Phòng B", GroupKind.OFFICERS, null, List.of()),
          new Group("giam-sat", "Giám sát", GroupKind.SUPERVISORS, null, List.of()),
          new Group("chu-quy-trinh", "Chủ quy trình", GroupKind.PROCESS_OWNERS, null, List.of())),
      List.of(),
      Map.of("dau-moi-kstthc", List.of("van-phong-so"), "lanh-dao", List.of("lanh-dao-so")));

  private static final List<String> ROLES = new ReportingProperties(null, null).supervisorRoles();

  @Test
  void anOfficerReadsTheUnitsTheyBelongTo() {
    assertThat(ReportScopes.of(List.of("phong-a", "chu-quy-trinh"), ORGANISATION, ROLES))
        .isEqualTo(ReportScope.ofUnits(Set.of("phong-a")));
  }

  @Test
  void theKstthcContactPointLeadershipAndSupervisorsReadEveryUnit() {
    assertThat(ReportScopes.of(List.of("van-phong-so"), ORGANISATION, ROLES).allUnits()).isTrue();
    assertThat(ReportScopes.of(List.of("lanh-dao-so"), ORGANISATION, ROLES).allUnits()).isTrue();
    assertThat(ReportScopes.of(List.of("giam-sat"), ORGANISATION, ROLES).allUnits()).isTrue();
  }

  @Test
  void whoSupervisesIsTheProvincesChoice() {
    assertThat(ReportScopes.of(List.of("van-phong-so"), ORGANISATION, List.of("lanh-dao")))
        .isEqualTo(ReportScope.ofUnits(Set.of("van-phong-so")));
  }

  @Test
  void aGroupOutsideTheOrganisationGivesNothing() {
    assertThat(ReportScopes.of(List.of("ai-do"), ORGANISATION, ROLES).isEmpty()).isTrue();
  }

  @Test
  void queriesRunWithTheConfiguredStatementTimeout() {
    ReportingProperties properties = new ReportingProperties(Duration.ofSeconds(7), null);

    assertThat(ReportingConfiguration.timedJdbc(new DriverManagerDataSource(), properties).getQueryTimeout())
        .isEqualTo(7);
  }
}
