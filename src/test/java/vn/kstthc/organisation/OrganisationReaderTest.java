package vn.kstthc.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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
}
