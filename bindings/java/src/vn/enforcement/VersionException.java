package vn.enforcement;

/** Status -8: ENF_EVERSION, unknown options version. */
public class VersionException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -8. */
  public static final int STATUS = -8;

  /**
   * @param message what was refused, naming the parameter
   */
  public VersionException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-8)
   * @param message the library's message
   */
  public VersionException(int status, String message) {
    super(status, message);
  }
}
