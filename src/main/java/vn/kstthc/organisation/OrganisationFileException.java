package vn.kstthc.organisation;

/** A mistake in the organisation file; the message names the file and the entry, in Vietnamese. */
public class OrganisationFileException extends RuntimeException {

  public OrganisationFileException(String file, String message) {
    super("Tệp tổ chức " + file + ": " + message);
  }
}
