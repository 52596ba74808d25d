package vn.enforcement;

/**
 * A call the library refused: the status code (a negative ENF_E* value of
 * enforcement/common.h) and the library's message, one sentence naming
 * the parameter and the value at fault. Each status has its subclass
 * (InvalidArgumentException for ENF_EINVALID, ...); the object the call
 * was made on is unchanged.
 */
public class EnforcementException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  /**
   * @param status the library's status code (negative)
   * @param message the library's message
   */
  public EnforcementException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** @return the status code, e.g. -1 (ENF_EINVALID) */
  public int status() {
    return status;
  }
}
