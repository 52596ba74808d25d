package vn.enforcement;

/** Status -10: ENF_EDIVZERO, a denominator or base is zero. */
public class DivisionByZeroException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the status code (-10)
   * @param message the library's message
   */
  public DivisionByZeroException(int status, String message) {
    super(status, message);
  }
}
