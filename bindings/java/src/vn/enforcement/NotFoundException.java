package vn.enforcement;

/** Status -4: ENF_ENOTFOUND, the thing asked for does not exist. */
public class NotFoundException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the status code (-4)
   * @param message the library's message
   */
  public NotFoundException(int status, String message) {
    super(status, message);
  }
}
