package vn.kstthc.lateness;

/** A late cause or an explanation refused, with a Vietnamese message an officer can act on. */
public class LatenessException extends RuntimeException {

  public LatenessException(String message) {
    super(message);
  }
}
