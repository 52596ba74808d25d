package vn.enforcement;

/** Status -5: ENF_ESTATE, not allowed in the object's current state. */
public class StateException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the status code (-5)
   * @param message the library's message
   */
  public StateException(int status, String message) {
    super(status, message);
  }
}
