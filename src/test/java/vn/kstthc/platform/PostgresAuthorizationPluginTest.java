package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The engine's statements for the groups holding authorizations and for tasks, as the plugin leaves
 * them. That the task query returns Camunda's tasks and counts: PostgresTaskQueryIT (embedded
 * PostgreSQL); the time they take: benchmark/scale.sh.
 */
class PostgresAuthorizationPluginTest {

  @Test
  void postgresReadsTheGroupsWithAuthorizationsByTheirIndex() {
    ProcessEngineConfigurationImpl configuration = engineConfiguration("postgres");

    new PostgresAuthorizationPlugin().postInit(configuration);

    String statement = configuration.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds");
    assertThat(statement).isEqualTo(PostgresAuthorizationPlugin.OUR_GROUPS_STATEMENT);
    String sql = configuration.getSqlSessionFactory().getConfiguration().getMappedStatement(statement)
        .getBoundSql(null).getSql();
    assertThat(sql).contains("with recursive").contains("min(A.GROUP_ID_) from ACT_RU_AUTHORIZATION A where A.GROUP_ID_ >");
  }

  @Test
  void postgresChecksEachTasksGrantsWithoutJoiningThemToTheTasks() {
    ProcessEngineConfigurationImpl configuration = engineConfiguration("postgres");

    new PostgresAuthorizationPlugin().postInit(configuration);

    DbSqlSessionFactory factory = configuration.getDbSqlSessionFactory();
    assertThat(factory.mapStatement("selectTaskByQueryCriteria")).isEqualTo(PostgresAuthorizationPlugin.OUR_TASKS_STATEMENT);
    assertThat(factory.mapStatement("selectTaskCountByQueryCriteria")).isEqualTo(PostgresAuthorizationPlugin.OUR_TASK_COUNT_STATEMENT);
    TaskQueryImpl query = new TaskQueryImpl();
    query.taskCandidateGroup("don-vi-01");
    query.getAuthCheck().setAuthorizationCheckEnabled(true);
    query.getAuthCheck().setAuthUserId("dv01.cb1");
    query.getAuthCheck().setAuthGroupIds(List.of("don-vi-01"));
    CompositePermissionCheck checks = new CompositePermissionCheck(true); // as AuthorizationManager.configureTaskQuery
    checks.addAtomicCheck(check(Resources.TASK, "RES.ID_", Permissions.READ));
    checks.addAtomicCheck(check(Resources.PROCESS_DEFINITION, "D.KEY_", Permissions.READ_TASK));
    query.getAuthCheck().setPermissionChecks(checks);
    Context.setProcessEngineConfiguration(configuration); // the task query's SQL asks whether CMMN is on
    try {
      for (String statement : List.of(PostgresAuthorizationPlugin.OUR_TASKS_STATEMENT, PostgresAuthorizationPlugin.OUR_TASK_COUNT_STATEMENT)) {
        String sql = configuration.getSqlSessionFactory().getConfiguration().getMappedStatement(statement).getBoundSql(query).getSql()
            .replaceAll("\\s+", " ");
        assertThat(sql).as(statement).doesNotContain("AUTH ON").doesNotContain("AUTH.RESOURCE_ID_")
            .contains("exists (select 1 from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN (?) )")
            .contains("and A.RESOURCE_ID_ = RES.ID_ offset 0)");
      }
    } finally {
      Context.removeProcessEngineConfiguration();
    }
  }

  /**
   * postgres-authorization.xml holds a copy of the engine's task query (Task.xml of Camunda 7.24.0).
   * When an upgrade brings another Task.xml (a new filter criterion, a fix), this fails: copy
   * selectTaskByQueryCriteriaSql again, keep the lines marked "kstthc", then write the new digest here.
   */
  @Test
  void theCopiedTaskQueryIsCamundasCurrentOne() throws Exception {
    byte[] taskXml;
    try (InputStream in = ProcessEngineConfigurationImpl.class.getResourceAsStream(
        "/org/camunda/bpm/engine/impl/mapping/entity/Task.xml")) {
      taskXml = in.readAllBytes();
    }
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(taskXml)))
        .as("Camunda's Task.xml changed: copy its task query again into postgres-authorization.xml")
        .isEqualTo("616c3e9cdf4055cab8493558ece2d3bce0a3edb7bb9fe88570758b5103caf821");
  }

  @Test
  void otherDatabasesKeepCamundasStatements() {
    ProcessEngineConfigurationImpl configuration = engineConfiguration("h2");

    new PostgresAuthorizationPlugin().postInit(configuration);

    for (String statement : List.of("selectAuthorizedGroupIds", "selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria")) {
      assertThat(configuration.getDbSqlSessionFactory().mapStatement(statement)).isEqualTo(statement);
    }
  }

  private static PermissionCheck check(Resource resource, String resourceIdQueryParam, Permission permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceIdQueryParam(resourceIdQueryParam);
    check.setPermission(permission);
    return check;
  }

  /** The parts of an initialised engine configuration the plugin touches (the engine's own statements), without a database. */
  private static ProcessEngineConfigurationImpl engineConfiguration(String databaseType) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setDatabaseType(databaseType);
    Properties variables = new Properties();
    variables.put("prefix", "");
    ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(variables, "", databaseType);
    Configuration mybatis = new XMLConfigBuilder(new InputStreamReader(ProcessEngineConfigurationImpl.class.getClassLoader()
        .getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE), StandardCharsets.UTF_8), "", variables).parse();
    configuration.setSqlSessionFactory(new DefaultSqlSessionFactory(mybatis));
    DbSqlSessionFactory factory = new DbSqlSessionFactory(false);
    factory.setDatabaseType(databaseType);
    configuration.setDbSqlSessionFactory(factory);
    return configuration;
  }
}
