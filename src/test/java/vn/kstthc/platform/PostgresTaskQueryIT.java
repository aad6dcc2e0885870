package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgresAuthorizationPlugin's task query returns exactly the tasks and counts of Camunda's, on
 * PostgreSQL with authorization on: each Tasklist filter's query (and all tasks, and a page) for an
 * officer of one unit, of several, a user whose group holds no grant (khong-quyen), a user who only has tasks
 * assigned, a user granted a process definition, and the administrator. Grants come from the
 * engine's defaults (candidate group, assignee), a process definition grant, a global one and one on
 * '*' (TASK READ for a supervisors' group, ALL for camunda-admin as the Spring Boot starter grants);
 * standalone tasks have no process definition.
 */
class PostgresTaskQueryIT {

  private static final long DAY = 24 * 3600 * 1000L;
  private static final Date NOW = new Date();

  private static ProcessEngine engine;
  private static Map<String, String> ourMappings;

  @BeforeAll
  static void engine() {
    Map<String, Object> db = TestPostgres.newDatabase("ptq");
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setJdbcUrl((String) db.get("KSTTHC_DB_URL"));
    configuration.setJdbcUsername((String) db.get("KSTTHC_DB_USER"));
    configuration.setJdbcPassword((String) db.get("KSTTHC_DB_PASSWORD"));
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("none");
    configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*"); // as application.yaml
    configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9-]+|camunda-admin");
    configuration.getProcessEnginePlugins().add(new PostgresAuthorizationPlugin());
    engine = configuration.buildProcessEngine();
    ourMappings = configuration.getDbSqlSessionFactory().getStatementMappings();
    fill();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static void fill() {
    IdentityService identity = engine.getIdentityService();
    for (String group : List.of("don-vi-01", "don-vi-02", "don-vi-03", "khong-quyen", "giam-sat", "camunda-admin")) {
      identity.saveGroup(identity.newGroup(group));
    }
    Map<String, List<String>> members = Map.of(
        "cb.mot", List.of("don-vi-01"),
        "cb.ba", List.of("don-vi-01", "don-vi-02", "don-vi-03"),
        "cb.khong", List.of("khong-quyen"),
        "cb.giao", List.of(),
        "cb.quytrinh", List.of(),
        "gs.son", List.of("giam-sat"),
        "admin", List.of("camunda-admin"));
    members.forEach((user, groups) -> {
      identity.saveUser(identity.newUser(user));
      groups.forEach(group -> identity.createMembership(user, group));
    });

    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definition.setUserId("cb.quytrinh");
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId("quy-trinh-a");
    definition.addPermission(Permissions.READ_TASK);
    authorizations.saveAuthorization(definition);
    Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    global.setResource(Resources.PROCESS_DEFINITION);
    global.setResourceId("quy-trinh-cong-khai");
    global.addPermission(Permissions.READ_TASK);
    authorizations.saveAuthorization(global);
    Authorization everyTask = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyTask.setGroupId("giam-sat");
    everyTask.setResource(Resources.TASK);
    everyTask.setResourceId("*");
    everyTask.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyTask);
    Authorization admin = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT); // as the Spring Boot starter's
    admin.setGroupId("camunda-admin");
    admin.setResource(Resources.TASK);
    admin.setResourceId("*");
    admin.addPermission(Permissions.ALL);
    authorizations.saveAuthorization(admin);

    for (String key : List.of("quy-trinh-a", "quy-trinh-cong-khai")) {
      engine.getRepositoryService().createDeployment()
          .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).startEvent()
              .userTask("buoc").camundaCandidateGroups("${unit}").camundaAssignee("${assignee}").camundaDueDate("${due}")
              .endEvent().done())
          .deploy();
    }
    String[] units = {"don-vi-01", "don-vi-02", "don-vi-03"};
    String[] assignees = {null, "cb.mot", null, "cb.giao", null, "cb.ba"};
    for (int n = 0; n < 36; n++) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("unit", units[n % units.length]);
      variables.put("assignee", assignees[n % assignees.length]);
      variables.put("due", new Date(NOW.getTime() + (n % 9 - 4) * DAY / 2));
      engine.getRuntimeService().startProcessInstanceByKey(n % 5 == 0 ? "quy-trinh-cong-khai" : "quy-trinh-a", variables);
    }
    TaskService tasks = engine.getTaskService();
    for (int n = 0; n < 4; n++) {
      Task standalone = tasks.newTask();
      standalone.setDueDate(new Date(NOW.getTime() - n * DAY));
      tasks.saveTask(standalone);
      tasks.addCandidateGroup(standalone.getId(), units[n % units.length]);
      if (n == 1) {
        tasks.setAssignee(standalone.getId(), "cb.mot");
      }
    }
  }

  @Test
  void everyFilterReturnsCamundasTasksAndCountsForEveryKindOfUser() {
    assertThat(engine.getProcessEngineConfiguration()).isInstanceOf(ProcessEngineConfigurationImpl.class);
    assertThat(ourMappings).containsEntry("selectTaskByQueryCriteria", PostgresAuthorizationPlugin.OUR_TASKS_STATEMENT)
        .containsEntry("selectTaskCountByQueryCriteria", PostgresAuthorizationPlugin.OUR_TASK_COUNT_STATEMENT);
    Map<String, Long> allSeen = new HashMap<>();
    for (String user : List.of("cb.mot", "cb.ba", "cb.khong", "cb.giao", "cb.quytrinh", "gs.son", "admin")) {
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
          .map(group -> group.getId()).toList();
      Map<String, Function<TaskService, TaskQuery>> queries = filters(user, groups.toArray(String[]::new));
      engine.getIdentityService().setAuthentication(user, groups);
      try {
        queries.forEach((name, query) -> {
          TaskService tasks = engine.getTaskService();
          String what = user + ": " + name;
          List<String> ours = ids(query.apply(tasks).list());
          assertThat(ours).as(what).containsExactlyInAnyOrderElementsOf(camunda(() -> ids(query.apply(tasks).list())));
          assertThat(query.apply(tasks).count()).as(what).isEqualTo(camunda(() -> query.apply(tasks).count())).isEqualTo(ours.size());
          assertThat(ids(query.apply(tasks).orderByTaskId().asc().listPage(1, 5))).as(what)
              .isEqualTo(camunda(() -> ids(query.apply(tasks).orderByTaskId().asc().listPage(1, 5))));
        });
        allSeen.put(user, engine.getTaskService().createTaskQuery().count());
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    // Every kind of user sees a different share of the 40 tasks: the comparison is not one of empty lists.
    assertThat(allSeen).containsEntry("admin", 40L).containsEntry("gs.son", 40L);
    assertThat(allSeen.get("cb.khong")).isEqualTo(8L); // only the public process's tasks
    assertThat(allSeen.get("cb.mot")).isGreaterThan(allSeen.get("cb.khong")).isLessThan(allSeen.get("cb.ba"));
    assertThat(allSeen.get("cb.giao")).isGreaterThan(allSeen.get("cb.khong"));
    assertThat(allSeen.get("cb.quytrinh")).isEqualTo(28L + 8L);
  }

  /** The Tasklist filters' queries (vn.kstthc.tasklist.TasklistFilters) for one user, and all tasks. */
  private static Map<String, Function<TaskService, TaskQuery>> filters(String user, String[] groups) {
    Date tomorrow = new Date(NOW.getTime() + DAY);
    Map<String, Function<TaskService, TaskQuery>> queries = new HashMap<>();
    queries.put("mọi việc", tasks -> tasks.createTaskQuery());
    queries.put("Việc của tôi", tasks -> tasks.createTaskQuery().taskAssignee(user).orderByDueDate().asc());
    if (groups.length > 0) {
      queries.put("Việc của đơn vị", tasks -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(groups)).taskUnassigned().orderByDueDate().asc());
      queries.put("Sắp đến hạn", tasks -> mineOrMyUnits(tasks, user, groups).dueAfter(NOW).dueBefore(tomorrow));
      queries.put("Quá hạn", tasks -> mineOrMyUnits(tasks, user, groups).dueBefore(NOW));
    }
    queries.put("Quá hạn toàn Sở", tasks -> tasks.createTaskQuery().dueBefore(NOW).orderByDueDate().asc());
    return queries;
  }

  private static TaskQuery mineOrMyUnits(TaskService tasks, String user, String[] groups) {
    return tasks.createTaskQuery().or().taskAssignee(user).taskCandidateGroupIn(List.of(groups)).includeAssignedTasks().endOr()
        .orderByDueDate().asc();
  }

  /** What the engine's own statements answer (the plugin's mappings set aside for the call). */
  private static <T> T camunda(Supplier<T> query) {
    DbSqlSessionFactory factory = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory();
    Map<String, String> camundas = new HashMap<>(ourMappings);
    camundas.remove("selectTaskByQueryCriteria");
    camundas.remove("selectTaskCountByQueryCriteria");
    factory.setStatementMappings(camundas);
    try {
      return query.get();
    } finally {
      factory.setStatementMappings(ourMappings);
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
