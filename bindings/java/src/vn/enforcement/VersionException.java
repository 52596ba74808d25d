package vn.enforcement;

/** Status -8: ENF_EVERSION, unknown options version. */
public class VersionException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the status code (-8)
   * @param message the library's message
   */
  public VersionException(int status, String message) {
    super(status, message);
  }
}
