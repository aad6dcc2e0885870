package vn.kstthc.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.kstthc.organisation.Organisation;

/**
 * Makes the engine's shared Tasklist filters match {@link TasklistFilters}: each filter exists once
 * (found by its key property), with the wanted name, query and properties, and is shared (READ)
 * with exactly the groups of the organisation whose kind it is meant for. Idempotent: a second run
 * changes nothing. Only our filters are touched, and on them only group authorizations; filters
 * made by hand in Tasklist and shares with single users are left alone.
 */
@Service
public class TasklistFilterSynchronizer {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilterSynchronizer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilterSynchronizer(
      FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  /** What one run changed; all zero when the engine already matched. */
  public record Changes(int created, int updated, int removed, int authorizationsChanged) {
    public boolean none() {
      return created + updated + removed + authorizationsChanged == 0;
    }
  }

  public Changes apply(List<TasklistFilter> wanted, Organisation organisation) {
    int created = 0;
    int updated = 0;
    int removed = 0;
    int authorizations = 0;
    Map<String, List<Filter>> existing = ourFilters();
    for (TasklistFilter definition : wanted) {
      List<Filter> found = existing.getOrDefault(definition.key(), List.of());
      for (Filter duplicate : found.stream().skip(1).toList()) {
        filterService.deleteFilter(duplicate.getId());
        removed++;
      }
      Filter filter = found.isEmpty() ? null : found.get(0);
      if (filter == null) {
        filter = filterService.saveFilter(fill(filterService.newTaskFilter(), definition));
        created++;
      } else if (!matches(filter, definition)) {
        filter = filterService.saveFilter(fill(filter, definition));
        updated++;
      }
      authorizations += shareWithGroups(filter.getId(), groupsFor(definition, organisation));
    }
    Set<String> wantedKeys = wanted.stream().map(TasklistFilter::key).collect(Collectors.toSet());
    for (Map.Entry<String, List<Filter>> entry : existing.entrySet()) {
      if (!wantedKeys.contains(entry.getKey())) {
        for (Filter filter : entry.getValue()) {
          filterService.deleteFilter(filter.getId());
          removed++;
        }
      }
    }
    Changes changes = new Changes(created, updated, removed, authorizations);
    LOG.info("Tasklist filters applied: {} filters; changes: {}", wanted.size(), changes.none() ? "none" : changes);
    return changes;
  }

  /** Groups of the organisation whose kind the filter is shared with, sorted. */
  static List<String> groupsFor(TasklistFilter definition, Organisation organisation) {
    return organisation.groups().stream()
        .filter(group -> definition.sharedWith().contains(group.kind()))
        .map(Organisation.Group::id)
        .sorted()
        .toList();
  }

  /** Our filters by key, in a stable order (the first one is kept when a key exists twice). */
  private Map<String, List<Filter>> ourFilters() {
    Map<String, List<Filter>> byKey = new LinkedHashMap<>();
    List<Filter> filters = new ArrayList<>(filterService.createTaskFilterQuery().list());
    filters.sort((a, b) -> a.getId().compareTo(b.getId()));
    for (Filter filter : filters) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(TasklistFilter.KEY_PROPERTY);
      if (key instanceof String k) {
        byKey.computeIfAbsent(k, ignored -> new ArrayList<>()).add(filter);
      }
    }
    return byKey;
  }

  private Filter fill(Filter filter, TasklistFilter definition) {
    filter.setName(definition.name());
    filter.setOwner(null);
    filter.setQuery(definition.query().apply(taskService));
    filter.setProperties(definition.properties(TasklistFilters.COLUMNS));
    return filter;
  }

  private boolean matches(Filter filter, TasklistFilter definition) {
    FilterEntity wanted = (FilterEntity) fill(filterService.newTaskFilter(), definition);
    FilterEntity current = (FilterEntity) filter;
    return definition.name().equals(current.getName())
        && current.getOwner() == null
        && sameJson(wanted.getQueryInternal(), current.getQueryInternal())
        && sameJson(wanted.getPropertiesInternal(), current.getPropertiesInternal());
  }

  private static boolean sameJson(String a, String b) {
    try {
      return a != null && b != null && JSON.readTree(a).equals(JSON.readTree(b));
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The filter's group GRANTs become exactly READ for {@code groupIds}; user grants stay. */
  int shareWithGroups(String filterId, List<String> groupIds) {
    int changed = 0;
    Set<String> present = new HashSet<>();
    int read = Permissions.READ.getValue();
    for (Authorization authorization :
        authorizationService.createAuthorizationQuery()
            .resourceType(Resources.FILTER)
            .resourceId(filterId)
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .list()) {
      String groupId = authorization.getGroupId();
      if (groupId == null) {
        continue;
      }
      if (!groupIds.contains(groupId) || !present.add(groupId)) {
        authorizationService.deleteAuthorization(authorization.getId());
        changed++;
      } else if (((AuthorizationEntity) authorization).getPermissions() != read) {
        ((AuthorizationEntity) authorization).setPermissions(read);
        authorizationService.saveAuthorization(authorization);
        changed++;
      }
    }
    for (String groupId : groupIds) {
      if (!present.contains(groupId)) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filterId);
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
        changed++;
      }
    }
    return changed;
  }
}
