package vn.enforcement;

/** Status -1: ENF_EINVALID, an argument is invalid (null, bad choice, out of its domain). */
public class InvalidArgumentException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -1. */
  public static final int STATUS = -1;

  /**
   * @param message what was refused, naming the parameter
   */
  public InvalidArgumentException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-1)
   * @param message the library's message
   */
  public InvalidArgumentException(int status, String message) {
    super(status, message);
  }
}
