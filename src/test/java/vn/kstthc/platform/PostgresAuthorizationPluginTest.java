package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The engine's authorization statements on PostgreSQL, as the plugin leaves them. That they run
 * and return the same tasks on PostgreSQL: TasklistFiltersIT (officers and supervisors on
 * embedded PostgreSQL); the time they take: benchmark/scale.sh.
 */
class PostgresAuthorizationPluginTest {

  @Test
  void postgresJoinsAuthorizationsWithAnIndexableArray() {
    new PostgresAuthorizationPlugin().preInit(new StandaloneInMemProcessEngineConfiguration());

    assertThat(join("postgres")).isEqualTo("AUTH.RESOURCE_ID_ = ANY(ARRAY[ RES.ID_ , D.KEY_ , '*' ])");
  }

  @Test
  void otherDatabasesKeepCamundasJoin() {
    new PostgresAuthorizationPlugin().preInit(new StandaloneInMemProcessEngineConfiguration());

    assertThat(join("h2")).isEqualTo("AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )");
  }

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
  void otherDatabasesKeepCamundasGroupStatement() {
    ProcessEngineConfigurationImpl configuration = engineConfiguration("h2");

    new PostgresAuthorizationPlugin().postInit(configuration);

    assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds")).isEqualTo("selectAuthorizedGroupIds");
  }

  /** The task query's join as the engine's mapping writes it with the database's fragments. */
  private static String join(String databaseType) {
    Properties properties = new Properties();
    ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, "", databaseType);
    return "AUTH.RESOURCE_ID_ " + properties.get("authJoinStart") + " RES.ID_ " + properties.get("authJoinSeparator")
        + " D.KEY_ " + properties.get("authJoinSeparator") + " '*' " + properties.get("authJoinEnd");
  }

  /** The parts of an initialised engine configuration the plugin touches, without a database. */
  private static ProcessEngineConfigurationImpl engineConfiguration(String databaseType) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setDatabaseType(databaseType);
    Configuration mybatis = new Configuration();
    Properties variables = new Properties();
    variables.put("prefix", "");
    mybatis.setVariables(variables);
    configuration.setSqlSessionFactory(new DefaultSqlSessionFactory(mybatis));
    DbSqlSessionFactory factory = new DbSqlSessionFactory(false);
    factory.setDatabaseType(databaseType);
    configuration.setDbSqlSessionFactory(factory);
    return configuration;
  }
}
