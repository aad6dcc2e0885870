package vn.kstthc.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.kstthc.organisation.GroupKind;
import vn.kstthc.organisation.Organisation;

/**
 * The units a form field marked {@code kstthc.loai: don-vi} offers: the organisation's units (groups
 * of kind {@code officers}), or only those holding a role named by the field's custom property
 * {@value #ROLE_PROPERTY} (one role, or several separated by commas: a petition's unit asks units of
 * the Sở or a commune, {@code don-vi-thuoc-so, cap-xa}), then the values the form lists itself. The
 * same list fills the field in the browser ({@link
 * UnitChoicesFilter}) and bounds what the server accepts ({@link FormContract}), so a form lists no
 * unit typed by hand and a province's units appear in every form without editing it.
 */
public class UnitChoices {

  /** Custom property of a unit field: the role(s) whose units it offers, e.g. {@code giai-quyet-tthc}. */
  public static final String ROLE_PROPERTY = "kstthc.vaiTro";

  private static final Set<String> CHOICE_TYPES = Set.of("select", "radio", "checklist", "taglist");

  private final Supplier<Organisation> organisation;

  /** @param organisation the organisation as currently applied */
  public UnitChoices(Supplier<Organisation> organisation) {
    this.organisation = organisation;
  }

  /** Ids of the units a field offers, in the organisation file's order. */
  public List<String> ids(String role) {
    return units(role).stream().map(Organisation.Group::id).toList();
  }

  private List<Organisation.Group> units(String role) {
    Organisation current = organisation.get();
    List<String> holders = role == null || role.isBlank() ? null
        : Arrays.stream(role.split(",")).map(String::strip).flatMap(r -> current.roleGroups(r).stream()).toList();
    return current.groups().stream()
        .filter(group -> group.kind() == GroupKind.OFFICERS)
        .filter(group -> holders == null || holders.contains(group.id()))
        .toList();
  }

  /**
   * Writes the units into every unit field of a form (form-js schema), nested ones too: its
   * {@code values} become the units (label = the unit's name) followed by the values the form
   * itself lists (choices that are no unit of the organisation, such as bodies outside it), any
   * {@code valuesKey} is dropped.
   *
   * @return whether the form had such a field
   */
  public boolean fill(JsonNode components) {
    boolean filled = false;
    for (JsonNode component : components) {
      JsonNode properties = component.path("properties");
      if (component instanceof ObjectNode field
          && CHOICE_TYPES.contains(component.path("type").asText())
          && "don-vi".equals(properties.path(FormDefinition.REFERENCE_PROPERTY).asText())) {
        JsonNode own = field.path("values").deepCopy();
        ArrayNode values = field.putArray("values");
        for (Organisation.Group unit : units(properties.path(ROLE_PROPERTY).asText(null))) {
          values.addObject().put("label", unit.name()).put("value", unit.id());
        }
        own.forEach(values::add);
        field.remove("valuesKey");
        filled = true;
      }
      filled |= fill(component.path("components"));
    }
    return filled;
  }
}
