package vn.enforcement;

/** Status -7: ENF_ENOMEM, an allocation failed. */
public class OutOfMemoryException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the status code (-7)
   * @param message the library's message
   */
  public OutOfMemoryException(int status, String message) {
    super(status, message);
  }
}
