package vn.enforcement;

/** Status -3: ENF_EOVERFLOW, the result does not fit in 64 bits. */
public class OverflowException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -3. */
  public static final int STATUS = -3;

  /**
   * @param message what was refused, naming the parameter
   */
  public OverflowException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-3)
   * @param message the library's message
   */
  public OverflowException(int status, String message) {
    super(status, message);
  }
}
