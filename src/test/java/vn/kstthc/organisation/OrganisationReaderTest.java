package vn.kstthc.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganisationReaderTest {

  private static Organisation read(String yaml) {
    return OrganisationReader.read(resource(yaml));
  }

  private static ByteArrayResource resource(String yaml) {
    return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "to-chuc.yaml");
  }

  @Test
  void demoOrganisationHasEveryRoleTheProcessesNeed() {
    Organisation demo = OrganisationReader.read(new ClassPathResource("organisation/demo.yaml"));
    assertThat(demo.groupsById())
        .containsKeys("van-phong-so", "lanh-dao-so", "vp-ubnd-tinh", "chu-tich-ubnd-tinh", "giam-sat", "chu-quy-trinh");
    assertThat(demo.groups().stream().filter(g -> g.id().startsWith("phong-"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(demo.groups().stream().filter(g -> g.id().startsWith("ubnd-xa-"))).isNotEmpty();
    assertThat(demo.group("giam-sat").orElseThrow().kind()).isEqualTo(GroupKind.SUPERVISORS);
    assertThat(demo.group("chu-quy-trinh").orElseThrow().kind()).isEqualTo(GroupKind.PROCESS_OWNERS);
    assertThat(demo.group("ubnd-xa-dak-koi").orElseThrow().escalateTo()).containsExactly("ubnd-xa-dak-koi");
    assertThat(demo.group("phong-quan-ly-khoa-hoc").orElseThrow().escalateTo()).isEmpty();
    for (Organisation.Group group : demo.groups()) {
      assertThat(demo.membersOf(group.id())).as("members of %s", group.id()).isNotEmpty();
      assertThat(Normalizer.isNormalized(group.name(), Normalizer.Form.NFC)).isTrue();
    }
  }

  @Test
  void vietnameseNamesReadInTheirOrderInCamunda() {
    Organisation.Member member =
        read("groups: [{id: van-phong-so, name: Văn phòng, kind: officers}]\n"
                + "users: [{id: vps.an, name: Nguyễn Văn An, groups: [van-phong-so]}]")
            .users()
            .get(0);
    assertThat(member.firstName() + " " + member.lastName()).isEqualTo("Nguyễn Văn An");
    assertThat(member.lastName()).isEqualTo("An");
  }

  @Test
  void textIsNormalisedToNfc() {
    String decomposed = Normalizer.normalize("Phòng Quản lý khoa học", Normalizer.Form.NFD);
    Organisation organisation = read("groups: [{id: phong-qlkh, name: " + decomposed + ", kind: officers}]");
    assertThat(organisation.groups().get(0).name()).isEqualTo("Phòng Quản lý khoa học");
  }

  @Test
  void theVersionIsAWholeNumberFromOne() {
    assertThat(OrganisationReader.readFile(resource("version: 3\ngroups: []")).version()).isEqualTo(3L);
    assertThat(OrganisationReader.readFile(resource("groups: []")).version()).isNull();
    assertThatThrownBy(() -> read("version: 0\ngroups: []")).hasMessageContaining("'version' phải là số nguyên dương");
    assertThatThrownBy(() -> read("version: '2026-03'\ngroups: []")).hasMessageContaining("'version'");
  }

  @Test
  void mistakesAreNamedInVietnameseWithFileAndEntry() {
    assertThatThrownBy(() -> read("groups: [{id: Van Phong, name: x, kind: officers}]"))
        .hasMessageContaining("to-chuc.yaml")
        .hasMessageContaining("nhóm 'Van Phong'");
    assertThatThrownBy(() -> read("groups: [{id: a, name: x, kind: officers}, {id: a, name: y, kind: officers}]"))
        .hasMessageContaining("mã bị trùng");
    assertThatThrownBy(() -> read("groups: [{id: a, name: x, kind: boss}]"))
        .hasMessageContaining("unknown kind 'boss'");
    assertThatThrownBy(() -> read("groups: [{id: a, name: x, kind: officers}]\nusers: [{id: u1, name: A B, groups: [b]}]"))
        .hasMessageContaining("người dùng 'u1': nhóm 'b' không có");
    assertThatThrownBy(() -> read("groups: [{id: a, name: x, kind: officers, head: u2}]\nusers: [{id: u1, name: A B, groups: [a]}]"))
        .hasMessageContaining("trưởng đơn vị 'u2'");
    assertThatThrownBy(() -> read("groups: [{id: a, kind: officers}]")).hasMessageContaining("thiếu 'name'");
    assertThatThrownBy(() -> read("groups: [{id: a, name: x, kind: officers, escalateTo: [vp-khac]}]"))
        .hasMessageContaining("nhóm nhận báo quá hạn 'vp-khac'");
    assertThatThrownBy(() -> read("groups: [a, b")).hasMessageContaining("YAML");
  }

  static final String UNITS =
      "groups: [{id: van-phong-so, name: Văn phòng, kind: officers}, {id: phong-a, name: Phòng A, kind: officers},"
          + " {id: giam-sat, name: Giám sát, kind: supervisors}]\n";

  @Test
  void aRoleMapsToOneOrSeveralUnits() {
    Organisation organisation = read(UNITS + "roles:\n  tiep-nhan-pakn: [van-phong-so]\n"
        + "  giai-quyet-tthc: [phong-a, van-phong-so]\n");
    assertThat(organisation.roleGroups("tiep-nhan-pakn")).containsExactly("van-phong-so");
    assertThat(organisation.roleGroups("giai-quyet-tthc")).containsExactly("phong-a", "van-phong-so");
    assertThat(organisation.roleGroups("thanh-tra")).isEmpty();
  }

  @Test
  void aRoleNamesExistingUnitsThatWorkTasks() {
    assertThatThrownBy(() -> read(UNITS + "roles: {thanh-tra: [thanh-tra-so]}"))
        .hasMessageContaining("vai trò 'thanh-tra': nhóm 'thanh-tra-so' không có trong mục 'groups'");
    assertThatThrownBy(() -> read(UNITS + "roles: {thanh-tra: [giam-sat]}"))
        .hasMessageContaining("không phải đơn vị xử lý công việc");
    assertThatThrownBy(() -> read(UNITS + "roles: {thanh-tra: []}"))
        .hasMessageContaining("phải gán cho ít nhất một nhóm");
  }

  @Test
  void theDemoMapsEveryRoleTheProceduresName() {
    Organisation demo = OrganisationReader.read(new ClassPathResource("organisation/demo.yaml"));
    for (String role : List.of("dau-moi-kstthc", "cong-thong-tin", "cap-nhat-quy-trinh-dien-tu", "tiep-nhan-pakn",
        "thanh-tra", "giai-quyet-tthc")) {
      assertThat(demo.roleGroups(role)).as(role).isNotEmpty();
    }
    assertThat(demo.roleGroups("thanh-tra")).containsExactly("thanh-tra-so");
  }

  @Test
  void anUnmappedRoleStopsTheTaskWithAClearMessage() {
    var before = RoleFunctions.current(); // shared with the process tests' engine in this JVM
    try {
      RoleFunctions.use(java.util.Map.of("tiep-nhan-pakn", List.of("van-phong-so")));
      assertThat(RoleFunctions.vaiTro("tiep-nhan-pakn")).containsExactly("van-phong-so");
      assertThatThrownBy(() -> RoleFunctions.vaiTro("thanh-tra"))
          .hasMessageStartingWith("Vai trò 'thanh-tra' chưa được gán cho đơn vị nào trong tệp tổ chức");
    } finally {
      RoleFunctions.use(before);
    }
    assertThat(RoleFunctions.namedIn("camunda:candidateGroups=\"${vaiTro('thanh-tra')},${vaiTro(\"x-y\")}\""))
        .containsExactly("thanh-tra", "x-y");
  }
}
