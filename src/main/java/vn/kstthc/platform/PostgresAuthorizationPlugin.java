package vn.kstthc.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the engine asks for the groups that hold any authorization with a loose index
 * scan instead of its {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}: the same rows.
 *
 * <p>Why: every engine command with an authorization check first asks for these groups, to leave
 * the user's other groups out of the check. The table holds two rows per task ever created (the
 * candidate group's grants on the task and on its history, kept as long as the history), so at a
 * province's size (benchmark/scale.sh: 1,000,000 finished dossiers) that read takes 0.3 to 0.5 s,
 * several times per Tasklist list. Here it is one probe of {@code act_idx_auth_group_id} per
 * group.
 *
 * <p>The task query (Tasklist's filters, their counts, the REST task list) checks each task's grants
 * with an EXISTS instead of Camunda's join of all the grants of the user's groups to the tasks, which
 * PostgreSQL may pair task by grant: 3 to 60 s for an officer's filter at 100,000 open tasks
 * (benchmark/results/scale-2026-11-30-explain.md). The same tasks and counts:
 * PostgresTaskQueryIT. Other databases keep Camunda's statements.
 */
@Component
public class PostgresAuthorizationPlugin extends AbstractProcessEnginePlugin {

  static final String POSTGRES = "postgres";
  static final String MAPPING = "vn/kstthc/platform/postgres-authorization.xml";
  static final String GROUPS_STATEMENT = "selectAuthorizedGroupIds";
  static final String OUR_GROUPS_STATEMENT = "selectAuthorizedGroupIds_kstthc_postgres";
  static final String TASKS_STATEMENT = "selectTaskByQueryCriteria";
  static final String OUR_TASKS_STATEMENT = "selectTaskByQueryCriteria_kstthc_postgres";
  static final String TASK_COUNT_STATEMENT = "selectTaskCountByQueryCriteria";
  static final String OUR_TASK_COUNT_STATEMENT = "selectTaskCountByQueryCriteria_kstthc_postgres";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!POSTGRES.equals(configuration.getDatabaseType())) {
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream mapping = PostgresAuthorizationPlugin.class.getClassLoader().getResourceAsStream(MAPPING)) {
      new XMLMapperBuilder(mapping, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + MAPPING, e);
    }
    DbSqlSessionFactory factory = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = factory.getStatementMappings() == null ? new HashMap<>() : new HashMap<>(factory.getStatementMappings());
    mappings.put(GROUPS_STATEMENT, OUR_GROUPS_STATEMENT);
    mappings.put(TASKS_STATEMENT, OUR_TASKS_STATEMENT);
    mappings.put(TASK_COUNT_STATEMENT, OUR_TASK_COUNT_STATEMENT);
    factory.setStatementMappings(mappings);
  }
}
