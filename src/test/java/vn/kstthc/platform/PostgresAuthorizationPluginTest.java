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
 * The engine's statement for the groups holding authorizations, as the plugin leaves it. That it runs
 * on PostgreSQL and the officers' and supervisors' filters still return their tasks:
 * TasklistFiltersIT (embedded PostgreSQL); the time it takes: benchmark/scale.sh.
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
  void otherDatabasesKeepCamundasGroupStatement() {
    ProcessEngineConfigurationImpl configuration = engineConfiguration("h2");

    new PostgresAuthorizationPlugin().postInit(configuration);

    assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds")).isEqualTo("selectAuthorizedGroupIds");
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
