package vn.enforcement;

/** Status -5: ENF_ESTATE, not allowed in the object's current state. */
public class StateException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -5. */
  public static final int STATUS = -5;

  /**
   * @param message what was refused, naming the parameter
   */
  public StateException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-5)
   * @param message the library's message
   */
  public StateException(int status, String message) {
    super(status, message);
  }
}
