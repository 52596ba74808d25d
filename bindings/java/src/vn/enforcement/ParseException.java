package vn.enforcement;

/** Status -6: ENF_EPARSE, text could not be read, or is ambiguous. */
public class ParseException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -6. */
  public static final int STATUS = -6;

  /**
   * @param message what was refused, naming the parameter
   */
  public ParseException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-6)
   * @param message the library's message
   */
  public ParseException(int status, String message) {
    super(status, message);
  }
}
