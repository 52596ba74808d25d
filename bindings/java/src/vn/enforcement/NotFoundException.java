package vn.enforcement;

/** Status -4: ENF_ENOTFOUND, the thing asked for does not exist. */
public class NotFoundException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -4. */
  public static final int STATUS = -4;

  /**
   * @param message what was refused, naming the parameter
   */
  public NotFoundException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-4)
   * @param message the library's message
   */
  public NotFoundException(int status, String message) {
    super(status, message);
  }
}
