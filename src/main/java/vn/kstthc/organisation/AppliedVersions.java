package vn.kstthc.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.kstthc.organisation.OrganisationReader.OrganisationFile;

/**
 * The version of each organisation file applied to the database (table {@code
 * kstthc_org_version}). With several nodes on one database, a node restarted with an older file
 * would otherwise remove the officers added since and give back their tasks: such a file is
 * refused, and so is a file with the applied version but another content (two different files
 * would undo each other at every start). The content compared is the file as read (groups and
 * users), so comments and layout may change without a new version.
 */
@Repository
class AppliedVersions {

  private static final Logger LOG = LoggerFactory.getLogger(AppliedVersions.class);

  private record Applied(long version, String contentHash) {}

  private final JdbcTemplate jdbc;

  AppliedVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Checks a file against the version applied before from the same source and records its
   * version. Called under the organisation lock, in the transaction that applies the file.
   *
   * @param source {@code province} or {@code demo}
   * @throws OrganisationFileException when the file is older than the applied one, or has its
   *     version with another content
   */
  void admit(String source, OrganisationFile file) {
    String hash = sha256(file.organisation().toString());
    long version = file.version();
    List<Applied> rows =
        jdbc.query(
            "select version, content_hash from kstthc_org_version where source = ?",
            (rs, i) -> new Applied(rs.getLong(1), rs.getString(2)),
            source);
    Timestamp now = Timestamp.from(Instant.now());
    if (rows.isEmpty()) {
      jdbc.update(
          "insert into kstthc_org_version (source, version, content_hash, applied_at) values (?, ?, ?, ?)",
          source, version, hash, now);
      return;
    }
    Applied applied = rows.get(0);
    if (version < applied.version()) {
      throw new OrganisationFileException(
          file.file(),
          "phiên bản " + version + " cũ hơn phiên bản " + applied.version() + " đã áp dụng vào cơ sở dữ liệu "
              + "(một nút khác đã khởi động với tệp mới hơn). Nút này dừng khởi động để không xóa những thay "
              + "đổi đó: chép tệp mới nhất vào nút này rồi khởi động lại");
    }
    if (version == applied.version() && !hash.equals(applied.contentHash())) {
      throw new OrganisationFileException(
          file.file(),
          "phiên bản " + version + " đã được áp dụng với nội dung khác: mỗi lần sửa tệp phải tăng 'version', "
              + "và mọi nút phải dùng cùng một tệp");
    }
    if (version > applied.version()) {
      LOG.info("Organisation file {} ({}): version {} replaces version {}", file.file(), source, version, applied.version());
      jdbc.update(
          "update kstthc_org_version set version = ?, content_hash = ?, applied_at = ? where source = ?",
          version, hash, now, source);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
