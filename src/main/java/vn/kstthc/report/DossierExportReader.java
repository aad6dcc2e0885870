package vn.kstthc.report;

import java.io.InputStream;
import java.util.List;

/**
 * Reads the export of a provincial one-stop system (hệ thống thông tin giải quyết TTHC) into
 * dossiers of one unit. The dossiers live there, out of reach of an API here: a province whose
 * system exports another layout adds an implementation.
 */
public interface DossierExportReader {

  /**
   * All the file's dossiers, or a {@link DossierImportException} listing every row's problem
   * ("Dòng 5: ..."): a file is taken whole or not at all.
   */
  List<DossierRecord> read(String fileName, InputStream in, String unitId);
}
