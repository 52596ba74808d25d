package vn.enforcement;

/** Status -3: ENF_EOVERFLOW, the result does not fit in 64 bits. */
public class OverflowException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the status code (-3)
   * @param message the library's message
   */
  public OverflowException(int status, String message) {
    super(status, message);
  }
}
