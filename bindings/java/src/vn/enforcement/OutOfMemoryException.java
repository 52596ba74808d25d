package vn.enforcement;

/** Status -7: ENF_ENOMEM, an allocation failed. */
public class OutOfMemoryException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -7. */
  public static final int STATUS = -7;

  /**
   * @param message what was refused, naming the parameter
   */
  public OutOfMemoryException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-7)
   * @param message the library's message
   */
  public OutOfMemoryException(int status, String message) {
    super(status, message);
  }
}
