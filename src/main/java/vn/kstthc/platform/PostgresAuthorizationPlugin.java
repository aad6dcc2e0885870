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
 * Two of the engine's authorization statements in a form PostgreSQL answers in time at a
 * province's scale (benchmark/scale.sh: 1,000,000 finished dossiers, 100,000 open tasks). Same
 * rows, same checks; other databases keep Camunda's statements.
 *
 * <ol>
 *   <li>The groups that hold any authorization. Every engine command with an authorization check
 *       first asks for them ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}), to
 *       leave the user's other groups out of the check. The table holds two rows per task ever
 *       created (the candidate group's grants on the task and on its history, kept as long as the
 *       history), so at a million dossiers that read takes 0.3 to 0.5 s, several times per Tasklist
 *       list. Here it is a loose index scan: one probe of {@code act_idx_auth_group_id} per group.
 *   <li>The join of the authorizations to the rows checked. Camunda writes {@code
 *       AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}; PostgreSQL turns an IN list of columns into an
 *       OR, which the planner only evaluates as an index lookup per row when its estimates say so,
 *       and otherwise as a filter over every pair of (task, authorization) of the user's groups:
 *       seconds per filter for an officer of many units. {@code = ANY(ARRAY[...])} is always one
 *       index condition on {@code act_idx_auth_resource_id}.
 * </ol>
 */
@Component
public class PostgresAuthorizationPlugin extends AbstractProcessEnginePlugin {

  static final String POSTGRES = "postgres";
  static final String MAPPING = "vn/kstthc/platform/postgres-authorization.xml";
  static final String GROUPS_STATEMENT = "selectAuthorizedGroupIds";
  static final String OUR_GROUPS_STATEMENT = "selectAuthorizedGroupIds_kstthc_postgres";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // read from static tables when the engine builds its SQL session factory, after preInit
    DbSqlSessionFactory.databaseSpecificAuthJoinStart.put(POSTGRES, "= ANY(ARRAY[");
    DbSqlSessionFactory.databaseSpecificAuthJoinSeparator.put(POSTGRES, ",");
    DbSqlSessionFactory.databaseSpecificAuthJoinEnd.put(POSTGRES, "])");
  }

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
    factory.setStatementMappings(mappings);
  }
}
