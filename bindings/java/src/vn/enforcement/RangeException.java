package vn.enforcement;

/** Status -2: ENF_ERANGE, a value is outside its allowed range. */
public class RangeException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -2. */
  public static final int STATUS = -2;

  /**
   * @param message what was refused, naming the parameter
   */
  public RangeException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-2)
   * @param message the library's message
   */
  public RangeException(int status, String message) {
    super(status, message);
  }
}
