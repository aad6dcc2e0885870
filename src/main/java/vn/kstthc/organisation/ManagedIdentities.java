package vn.kstthc.organisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which users and groups the organisation file owns (table {@code kstthc_org_managed}). */
@Repository
class ManagedIdentities {

  enum Kind {
    GROUP,
    USER
  }

  private final JdbcTemplate jdbc;

  ManagedIdentities(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Set<String> ids(Kind kind) {
    return new HashSet<>(
        jdbc.queryForList("select id from kstthc_org_managed where kind = ?", String.class, kind.name()));
  }

  void add(Kind kind, Collection<String> ids) {
    Set<String> known = ids(kind);
    for (String id : ids) {
      if (!known.contains(id)) {
        jdbc.update("insert into kstthc_org_managed (kind, id) values (?, ?)", kind.name(), id);
      }
    }
  }

  void remove(Kind kind, String id) {
    jdbc.update("delete from kstthc_org_managed where kind = ? and id = ?", kind.name(), id);
  }
}
