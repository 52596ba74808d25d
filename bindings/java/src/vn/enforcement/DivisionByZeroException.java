package vn.enforcement;

/** Status -10: ENF_EDIVZERO, a denominator or base is zero. */
public class DivisionByZeroException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -10. */
  public static final int STATUS = -10;

  /**
   * @param message what was refused, naming the parameter
   */
  public DivisionByZeroException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-10)
   * @param message the library's message
   */
  public DivisionByZeroException(int status, String message) {
    super(status, message);
  }
}
